package org.kefu.cases;

/**
 * Where a case is in its lifecycle (R1.3): 受理 → 方案 → 执行 → 解决 → 回访 → 归档, with waits, reopening and
 * cancelling; a complaint's resolution awaits a supervisor's review (复核) first.
 */
public enum CaseStatus {
    ACCEPTED, PLANNED, IN_PROGRESS, WAITING_FOR_CUSTOMER, WAITING_FOR_THIRD_PARTY, RESOLVED, FOLLOWED_UP,
    REOPENED, ARCHIVED, CANCELLED, AWAITING_REVIEW
}
