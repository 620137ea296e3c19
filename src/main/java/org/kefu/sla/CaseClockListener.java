package org.kefu.sla;

import org.kefu.cases.CaseCustomerWrote;
import org.kefu.cases.CaseOpened;
import org.kefu.cases.CasePriorityChanged;
import org.kefu.cases.CaseReplied;
import org.kefu.cases.CaseResolved;
import org.kefu.cases.CaseStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The case events that move deadlines. Plain (synchronous) listeners on purpose: the deadlines are written
 * in the transaction of the change, so a queue sorted by them is never behind the case (decision 0020).
 */
@Component
class CaseClockListener {

    private final CaseDeadlines deadlines;

    CaseClockListener(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @EventListener
    void on(CaseOpened e) {
        deadlines.opened(e.number());
    }

    @EventListener
    void on(CaseStatusChanged e) {
        deadlines.statusChanged(e.number(), e.from(), e.to());
    }

    @EventListener
    void on(CaseReplied e) {
        deadlines.replied(e.number(), e.visibleToCustomer());
    }

    @EventListener
    void on(CaseCustomerWrote e) {
        deadlines.customerWrote(e.number());
    }

    @EventListener
    void on(CasePriorityChanged e) {
        deadlines.priorityChanged(e.number());
    }

    @EventListener
    void on(CaseResolved e) {
        deadlines.resolved(e.number());
    }
}
