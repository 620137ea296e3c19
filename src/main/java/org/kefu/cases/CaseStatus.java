package org.kefu.cases;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a case is in its lifecycle (R1.3): 受理 → 方案 → 执行 → 解决 → 回访 → 归档, with waits, reopening and
 * cancelling; a complaint's resolution awaits a supervisor's review (复核) first.
 */
public enum CaseStatus {
    ACCEPTED, PLANNED, IN_PROGRESS, WAITING_FOR_CUSTOMER, WAITING_FOR_THIRD_PARTY, RESOLVED, FOLLOWED_UP,
    REOPENED, ARCHIVED, CANCELLED, AWAITING_REVIEW,
    /** A reviewed complaint whose resolution management must also sign off (three-level handling, R4.6). */
    AWAITING_SIGN_OFF;

    /**
     * The statuses in which a case is still someone's work: what routing balances and supervision counts as
     * an agent's load (a resolved case only waits for the follow-up, a closed one for nothing).
     */
    static final Set<CaseStatus> OPEN_WORK = EnumSet.of(ACCEPTED, PLANNED, IN_PROGRESS, WAITING_FOR_CUSTOMER,
            WAITING_FOR_THIRD_PARTY, REOPENED, AWAITING_REVIEW, AWAITING_SIGN_OFF);

    public boolean isOpenWork() {
        return OPEN_WORK.contains(this);
    }

    /** {@code column in ('accepted', …)}: a constant SQL condition on the open statuses (no parameters). */
    static String openWorkSql(String column) {
        return column + " in (" + OPEN_WORK.stream().map(s -> "'" + JsonNames.of(s) + "'").sorted()
                .collect(Collectors.joining(", ")) + ")";
    }
}
