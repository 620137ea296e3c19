package org.kefu.cases;

/**
 * What another module requires before a case may be resolved (the complaint module: coded, decision recorded,
 * compensation approved), and whether its resolution needs management sign-off after review (three-level
 * handling, R4.6: P1 or an amount above the threshold). Cases calls every such bean; a gate refuses by
 * throwing the platform's 4xx exceptions with a message naming what is missing.
 */
public interface ResolutionGate {

    /** Throws when the case may not be resolved yet. Called inside the transaction that resolves it. */
    void beforeResolve(long caseId);

    /** Whether the reviewed resolution of the case must also be signed off by management. */
    boolean needsSignOff(long caseId);

    /** Throws when the case may not be archived yet (the complaint module: no root cause recorded). */
    default void beforeArchive(long caseId) {
    }

    /**
     * Demo data only (an empty development system): record what this gate requires, as {@code handler} would,
     * so that the demo's resolved cases went through it. Gates that need nothing do nothing.
     */
    default void satisfyForDemo(long caseId, String handler) {
    }
}
