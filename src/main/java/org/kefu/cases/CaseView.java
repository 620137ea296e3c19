package org.kefu.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.kefu.platform.PersonalDataMask;

/**
 * A case as the API shows it: enums in lower_snake_case, the contact masked, the next possible steps listed;
 * who works it (owner, pending hand-over), the review of a complaint's resolution, related cases and the
 * attempts to reach the customer. {@code links}, {@code duplicates} and {@code contacts} are null in lists.
 */
record CaseView(String number, String status, String kind, String channel, String category, String subject,
                String description, String priority, List<String> flags, String customerNumber, Contact contact,
                String unit, String owner, Plan plan, String resolution, String archiveSummary, String cancelReason,
                int version, Instant createdAt, Instant updatedAt, Instant resolvedAt, Instant firstResponseAt,
                List<String> allowedActions, String statusUrl, Instant assignedAt, Handover handover, Review review,
                String mergedInto, List<String> links, List<String> duplicates, List<Contacted> contacts,
                Deadlines deadlines) {

    /**
     * The running deadlines the SLA module stored (null: not running); {@code nearest} is the first of them,
     * {@code paused} whether the clocks stand still (waiting for the customer or a third party).
     */
    record Deadlines(Instant nearest, Instant firstResponse, Instant nextUpdate, Instant resolution,
                     Instant regulatory, boolean paused) {

        static Deadlines of(CaseClocks.Deadlines d) {
            return new Deadlines(d.nearest(), d.firstResponseDueAt(), d.nextUpdateDueAt(), d.resolutionDueAt(),
                    d.regulatoryDueAt(), d.pausedSince() != null);
        }

        /** For the console's badge: {@code overdue}, {@code soon} (within 4 hours), {@code ok} or {@code none}. */
        public String urgency() {
            return urgencyOf(nearest);
        }

        /** The same for one of the deadlines. */
        public String urgencyOf(Instant due) {
            Instant now = Instant.now();
            if (due == null) {
                return "none";
            }
            return due.isBefore(now) ? "overdue" : due.isBefore(now.plusSeconds(4 * 3600)) ? "soon" : "ok";
        }
    }

    /** {@code toUser} is the named receiver; with {@code toQueue} it is routing's suggestion within that queue. */
    record Handover(String toUser, String toQueue, String reason, String by, Instant at) {
    }

    /** {@code state}: pending, approved or rejected. */
    record Review(String state, String requestedBy, String reviewedBy, String comment) {
    }

    record Contacted(Instant at, String actor, String channel, String outcome, Integer rating, String note) {
    }

    record Contact(String name, String mobile, String email) {
    }

    record Plan(String content, String method, String time, BigDecimal fee) {
    }

    static CaseView of(CaseStore.Stored stored) {
        Case c = stored.theCase();
        CaseIntake in = c.intake();
        CaseIntake.Contact contact = in.contact();
        CasePlan plan = c.plan();
        CaseWork w = c.work();
        CaseWork.Handover h = w.handover();
        CaseWork.Review r = w.review();
        return new CaseView(c.number(), JsonNames.of(c.status()), JsonNames.of(in.kind()), JsonNames.of(in.channel()),
                in.categoryCode(), in.subject(), in.description(), c.priority().name(),
                in.flags().stream().map(JsonNames::of).sorted().toList(), in.customerNumber(),
                contact == null ? null : new Contact(PersonalDataMask.name(contact.name()),
                        PersonalDataMask.mobile(contact.mobile()), PersonalDataMask.email(contact.email())),
                stored.unitCode(), c.owner(),
                plan == null ? null : new Plan(plan.content(), plan.method(), plan.time(), plan.fee()),
                c.resolution(), c.archiveSummary(), c.cancelReason(), c.version(), c.createdAt(), stored.updatedAt(),
                c.resolvedAt(), c.firstResponseAt(), CaseAction.allowedFrom(c.status()),
                "/api/v1/cases/" + c.number(), w.assignedAt(),
                h == null ? null : new Handover(h.toUser(), h.toUnitCode(), h.reason(), h.by(), h.at()),
                r == null ? null : new Review(JsonNames.of(r.state()), r.requestedBy(), r.reviewedBy(), r.comment()),
                stored.mergedInto(), stored.links(), stored.duplicates(),
                stored.links() == null ? null : w.contacts().stream().map(m -> new Contacted(m.at(), m.actor(),
                        JsonNames.of(m.attempt().channel()), JsonNames.of(m.attempt().outcome()),
                        m.attempt().rating(), m.attempt().note())).toList(), Deadlines.of(c.deadlines()));
    }
}
