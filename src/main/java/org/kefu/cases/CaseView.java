package org.kefu.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.kefu.platform.PersonalDataMask;

/** A case as the API shows it: enums in lower_snake_case, the contact masked, the next possible steps listed. */
record CaseView(String number, String status, String kind, String channel, String category, String subject,
                String description, String priority, List<String> flags, String customerNumber, Contact contact,
                String unit, String owner, Plan plan, String resolution, String archiveSummary, String cancelReason,
                int version, Instant createdAt, Instant updatedAt, Instant resolvedAt, Instant firstResponseAt,
                List<String> allowedActions, String statusUrl) {

    record Contact(String name, String mobile, String email) {
    }

    record Plan(String content, String method, String time, BigDecimal fee) {
    }

    static CaseView of(CaseStore.Stored stored) {
        Case c = stored.theCase();
        CaseIntake in = c.intake();
        CaseIntake.Contact contact = in.contact();
        CasePlan plan = c.plan();
        return new CaseView(c.number(), JsonNames.of(c.status()), JsonNames.of(in.kind()), JsonNames.of(in.channel()),
                in.categoryCode(), in.subject(), in.description(), c.priority().name(),
                in.flags().stream().map(JsonNames::of).sorted().toList(), in.customerNumber(),
                contact == null ? null : new Contact(PersonalDataMask.name(contact.name()),
                        PersonalDataMask.mobile(contact.mobile()), PersonalDataMask.email(contact.email())),
                stored.unitCode(), c.owner(),
                plan == null ? null : new Plan(plan.content(), plan.method(), plan.time(), plan.fee()),
                c.resolution(), c.archiveSummary(), c.cancelReason(), c.version(), c.createdAt(), stored.updatedAt(),
                c.resolvedAt(), c.firstResponseAt(), CaseAction.allowedFrom(c.status()),
                "/api/v1/cases/" + c.number());
    }
}
