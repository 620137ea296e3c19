package org.kefu.sla;

/**
 * The timers behind the deadlines: warnings, the breach and the escalation steps after it. Every method
 * joins the caller's transaction, so resolving or pausing a case and cancelling its timers commit together.
 */
public interface DeadlineTimers {

    /** Replaces whatever timers the case had for {@code deadline.clock()}. */
    void arm(CaseDeadline deadline);

    /** Cancels the timers of one clock of the case (met, paused, or no longer applicable). */
    void disarm(long caseId, String clock);

    /** Cancels every timer of the case (resolved, cancelled, merged). */
    void disarmAll(long caseId);
}
