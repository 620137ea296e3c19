package org.kefu.cases;

import java.util.Optional;

/**
 * A rule of another module that keeps a person away from a case (the complaint module's recusal, 回避: the
 * staff member complained about and whoever they report to directly). Cases asks every such bean before it
 * routes, assigns, hands over, lets someone take, review or sign off a case, and refuses with the reason.
 * Cases does not know why: the rule lives with the module that owns the facts.
 */
public interface CaseWorkerVeto {

    /** What the person would do with the case. */
    enum Duty { WORK, REVIEW, SIGN_OFF }

    /**
     * The message key of the reason {@code username} may not do {@code duty} on the case, or empty when they
     * may. Called inside the transaction that changes the case.
     */
    Optional<String> refusal(long caseId, String username, Duty duty);
}
