package org.kefu.complaint;

import org.kefu.cases.CaseAssigned;
import org.kefu.cases.CaseHandedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The complaint record follows its case into another unit (hand-over accepted, supervisor's reassignment),
 * in the same transaction, so the statistics count a complaint where it is handled now.
 */
@Component
class ComplaintUnits {

    private final ComplaintStore store;

    ComplaintUnits(ComplaintStore store) {
        this.store = store;
    }

    @EventListener
    void on(CaseHandedOver e) {
        store.followUnit(e.number());
    }

    @EventListener
    void on(CaseAssigned e) {
        store.followUnit(e.number());
    }
}
