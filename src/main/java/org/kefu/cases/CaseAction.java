package org.kefu.cases;

import static org.kefu.cases.CaseStatus.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The steps a worker can take, each from the statuses where it makes sense to the one it leads to. The
 * whole lifecycle is this table; {@link Case} enforces it and adds each step's own requirements.
 */
enum CaseAction {
    PLAN(PLANNED, ACCEPTED),
    START(IN_PROGRESS, PLANNED, REOPENED),
    WAIT_FOR_CUSTOMER(WAITING_FOR_CUSTOMER, PLANNED, IN_PROGRESS),
    WAIT_FOR_THIRD_PARTY(WAITING_FOR_THIRD_PARTY, PLANNED, IN_PROGRESS),
    RESUME(IN_PROGRESS, WAITING_FOR_CUSTOMER, WAITING_FOR_THIRD_PARTY),
    /** A complaint goes to {@link CaseStatus#AWAITING_REVIEW} instead (see {@link Case#resolve}). */
    RESOLVE(RESOLVED, IN_PROGRESS),
    APPROVE(RESOLVED, AWAITING_REVIEW),
    REJECT(IN_PROGRESS, AWAITING_REVIEW),
    /** Management signs off a reviewed complaint's resolution, or sends it back with a comment. */
    SIGN_OFF(RESOLVED, AWAITING_SIGN_OFF),
    REJECT_SIGN_OFF(IN_PROGRESS, AWAITING_SIGN_OFF),
    FOLLOW_UP(FOLLOWED_UP, RESOLVED),
    ARCHIVE(ARCHIVED, FOLLOWED_UP),
    REOPEN(REOPENED, RESOLVED, FOLLOWED_UP),
    CANCEL(CANCELLED, ACCEPTED, PLANNED),
    MERGE(CANCELLED, ACCEPTED, PLANNED, IN_PROGRESS, WAITING_FOR_CUSTOMER, WAITING_FOR_THIRD_PARTY, REOPENED);

    /** Steps with their own endpoint and inputs: not sent to /transitions. */
    static final Set<CaseAction> ELSEWHERE = EnumSet.of(APPROVE, REJECT, MERGE, SIGN_OFF, REJECT_SIGN_OFF);

    private final CaseStatus target;
    private final Set<CaseStatus> from;

    CaseAction(CaseStatus target, CaseStatus... from) {
        this.target = target;
        this.from = EnumSet.copyOf(List.of(from));
    }

    CaseStatus target() {
        return target;
    }

    boolean possibleFrom(CaseStatus status) {
        return from.contains(status);
    }

    /**
     * What can be done next in {@code status}, as JSON names. Merging is possible from most statuses but
     * is about another case, so it is not offered as a next step.
     */
    static List<String> allowedFrom(CaseStatus status) {
        return Arrays.stream(values()).filter(a -> a != MERGE && a.possibleFrom(status)).map(JsonNames::of)
                .toList();
    }
}
