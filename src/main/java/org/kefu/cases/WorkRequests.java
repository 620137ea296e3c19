package org.kefu.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.kefu.cases.CaseRequests.Violations;

/**
 * Request bodies for working a case beyond its lifecycle steps: hand-overs, reassignment, review, links,
 * merging, contact attempts and skills. Each names every offending field at once.
 */
final class WorkRequests {

    private static final int REASON = 1000;

    private WorkRequests() {
    }

    /** Exactly one of {@code toUser} and {@code toQueue} (a unit code). */
    record Handover(Integer version, String toUser, String toQueue, String reason) {

        void validate() {
            Violations v = new Violations();
            v.version(version);
            if (toUser == null && toQueue == null) {
                v.add("toUser", "required", "cases.field.one-receiver");
            } else if (toUser != null && toQueue != null) {
                v.add("toQueue", "invalid", "cases.field.one-receiver");
            } else {
                v.text(toUser != null ? "toUser" : "toQueue", toUser != null ? toUser : toQueue, 100);
            }
            v.text("reason", reason, REASON);
            v.throwIfAny();
        }
    }

    /** Accepting, withdrawing and taking need the version only; declining needs a reason too. */
    record Answer(Integer version, String reason) {

        void validate(boolean reasonRequired) {
            Violations v = new Violations();
            v.version(version);
            if (reasonRequired) {
                v.text("reason", reason, REASON);
            } else {
                v.max("reason", reason, REASON);
            }
            v.throwIfAny();
        }
    }

    record Assignment(Integer version, String toUser, String reason) {

        void validate() {
            Violations v = new Violations();
            v.version(version);
            v.text("toUser", toUser, 100);
            v.text("reason", reason, REASON);
            v.throwIfAny();
        }
    }

    /** Rejecting needs a comment saying what is still wrong. */
    record Review(Integer version, Boolean approved, String comment) {

        void validate() {
            Violations v = new Violations();
            v.version(version);
            if (approved == null) {
                v.add("approved", "required", "field.required");
            } else if (!approved) {
                v.text("comment", comment, REASON);
            }
            v.max("comment", comment, REASON);
            v.throwIfAny();
        }
    }

    record Link(String otherNumber) {

        void validate() {
            Violations v = new Violations();
            v.text("otherNumber", otherNumber, 40);
            v.throwIfAny();
        }
    }

    record Merge(Integer version, String into) {

        void validate() {
            Violations v = new Violations();
            v.version(version);
            v.text("into", into, 40);
            v.throwIfAny();
        }
    }

    record Contact(Integer version, String channel, String outcome, Integer rating, String note) {

        ContactAttempt validAttempt() {
            Violations v = new Violations();
            v.version(version);
            ContactAttempt.Channel ch = v.oneOf("channel", ContactAttempt.Channel.class, channel,
                    "cases.field.contact-channel");
            ContactAttempt.Outcome out = v.oneOf("outcome", ContactAttempt.Outcome.class, outcome,
                    "cases.field.contact-outcome");
            if (rating != null && (rating < 1 || rating > 5)) {
                v.add("rating", "out-of-range", "cases.field.rating");
            }
            v.max("note", note, 2000);
            v.throwIfAny();
            return new ContactAttempt(ch, out, rating, CaseRequests.blankToNull(note));
        }
    }

    /** The categories an agent handles; an empty list removes them all. */
    record Skills(List<String> categories) {

        Set<String> validCategories(Predicate<String> categoryExists) {
            Violations v = new Violations();
            if (categories == null) {
                v.add("categories", "required", "field.required");
            } else if (categories.stream().anyMatch(c -> c == null || !categoryExists.test(c))) {
                v.add("categories", "invalid", "cases.field.category");
            }
            v.throwIfAny();
            return new LinkedHashSet<>(categories);
        }
    }
}
