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
    RESOLVE(RESOLVED, IN_PROGRESS),
    FOLLOW_UP(FOLLOWED_UP, RESOLVED),
    ARCHIVE(ARCHIVED, FOLLOWED_UP),
    REOPEN(REOPENED, RESOLVED, FOLLOWED_UP),
    CANCEL(CANCELLED, ACCEPTED, PLANNED);

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

    /** What can be done next in {@code status}, as JSON names. */
    static List<String> allowedFrom(CaseStatus status) {
        return Arrays.stream(values()).filter(a -> a.possibleFrom(status)).map(JsonNames::of).toList();
    }
}
