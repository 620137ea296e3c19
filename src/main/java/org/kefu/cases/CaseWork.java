package org.kefu.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who works a case and what stands between it and closing, besides its status: a pending hand-over, the
 * supervisor's review of a proposed resolution, attempts to reach the customer, the case a duplicate was
 * merged into, and when the owner was last assigned. Immutable; {@link Case} replaces it step by step.
 */
record CaseWork(Handover handover, Review review, List<ContactAttempt.Made> contacts, Long mergedIntoId,
                Instant assignedAt) {

    static final CaseWork NONE = new CaseWork(null, null, List.of(), null, null);

    CaseWork {
        contacts = List.copyOf(contacts);
    }

    enum ReviewState { PENDING, APPROVED, REJECTED }

    /** A proposed hand-over to a person, or to the queue of a unit (then {@code toUser} is routing's suggestion). */
    record Handover(String toUser, Long toUnitId, String toUnitCode, String reason, String by, Instant at) {

        /** The named receiver, or for a queue any worker of that unit. */
        boolean isFor(CaseOwnership.Worker worker) {
            return worker.username().equals(toUser)
                    || (toUnitId != null && toUnitId == worker.unitId() && worker.canWork());
        }
    }

    record Review(ReviewState state, String requestedBy, String reviewedBy, String comment) {
    }

    CaseWork withHandover(Handover h) {
        return new CaseWork(h, review, contacts, mergedIntoId, assignedAt);
    }

    CaseWork withReview(Review r) {
        return new CaseWork(handover, r, contacts, mergedIntoId, assignedAt);
    }

    CaseWork withContact(ContactAttempt.Made made) {
        List<ContactAttempt.Made> more = new ArrayList<>(contacts);
        more.add(made);
        return new CaseWork(handover, review, more, mergedIntoId, assignedAt);
    }

    CaseWork mergedInto(long primaryId) {
        return new CaseWork(handover, review, contacts, primaryId, assignedAt);
    }

    CaseWork assigned(Instant at) {
        return new CaseWork(null, review, contacts, mergedIntoId, at);
    }
}
