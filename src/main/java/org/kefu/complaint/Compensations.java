package org.kefu.complaint;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.kefu.cases.CaseWorkerVeto;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.RefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision on a complaint and its compensation under maker-checker: compensation above
 * {@code kefu.complaint.compensation-approval-above} (CNY, our default 1000) waits for another person holding
 * complaint.compensation.approve, never the decider and never someone recused; at or below it, it is approved
 * by that rule (state approved, no checker), and no compensation is state none.
 */
@Service
class Compensations {

    private final Complaints complaints;
    private final ComplaintStore store;
    private final Recusal recusal;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BigDecimal approvalAbove;

    Compensations(Complaints complaints, ComplaintStore store, Recusal recusal, ApplicationEventPublisher events,
                  Clock clock, @Value("${kefu.complaint.compensation-approval-above:1000}") BigDecimal approvalAbove) {
        this.complaints = complaints;
        this.store = store;
        this.recusal = recusal;
        this.events = events;
        this.clock = clock;
        this.approvalAbove = approvalAbove;
    }

    @Transactional
    ComplaintRecord decide(String number, ComplaintDecision body, Actor actor) {
        Complaints.Found found = complaints.find(number, actor);
        BigDecimal compensation = body.validate();
        ComplaintRecord record = complaints.lockWorking(found);
        complaints.refuseRecused(record.caseId(), actor);
        Complaints.ensureVersion(record, body.version());
        String state = compensation.signum() == 0 ? "none"
                : compensation.compareTo(approvalAbove) > 0 ? "pending" : "approved";
        Instant now = clock.instant();
        String outcome = body.outcome().strip();
        // Approved by rule is said so on the record: no checker, and this comment instead of theirs.
        String byRule = "approved".equals(state) ? "approved by rule: at or below " + approvalAbove.toPlainString()
                + " CNY (kefu.complaint.compensation-approval-above)" : null;
        if (!store.decide(record.caseId(), body.version(), outcome, body.remedy().strip(), compensation, state,
                byRule, actor.id(), now)) {
            throw Complaints.changed(number, body.version(), record.version());
        }
        events.publishEvent(new ComplaintDecided(number, record.caseId(), outcome, state));
        return store.find(record.caseId()).orElseThrow();
    }

    /**
     * The checker answers the decision they saw ({@code version}): if it changed meanwhile (another amount,
     * another outcome) the answer is a 409 with the current version, never an approval of what they did not see.
     */
    @Transactional
    ComplaintRecord check(String number, ComplaintDecision.Check body, Actor actor) {
        body.validate();
        Complaints.Found found = complaints.find(number, actor);
        String status = store.lockForChange(found.record().caseId());
        if (CLOSED.contains(status)) {
            throw new ConflictException("complaint.compensation.closed", number, status).with("status", status);
        }
        ComplaintRecord record = store.find(found.record().caseId()).orElseThrow();
        Complaints.ensureVersion(record, body.version());
        ComplaintRecord.Decision d = record.decision();
        if (d == null || !"pending".equals(d.compensationState())) {
            throw new ConflictException("complaint.compensation.not-pending", number);
        }
        if (actor.id().equals(d.decidedBy())) {
            throw new RefusedException("complaint.compensation.own-decision");
        }
        recusal.refusal(record.caseId(), actor.id(), CaseWorkerVeto.Duty.REVIEW).ifPresent(key -> {
            throw new RefusedException(key);
        });
        String comment = ComplaintCoding.blankToNull(body.comment());
        if (!store.checkCompensation(record.caseId(), body.version(), body.approved(), comment, actor.id(),
                clock.instant())) {
            throw Complaints.changed(number, body.version(), record.version());
        }
        events.publishEvent(new ComplaintDecided(number, record.caseId(), d.outcome(),
                body.approved() ? "approved" : "rejected"));
        return store.find(record.caseId()).orElseThrow();
    }

    /** Once the case is resolved or closed, its compensation is what it is: no approval afterwards. */
    static final Set<String> CLOSED = Set.of("resolved", "followed_up", "archived", "cancelled");
}
