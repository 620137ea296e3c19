package org.kefu.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.kefu.customer.CustomerDirectory;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;

/**
 * Request bodies of the cases API. Enum fields are bound as text and checked here, so that one answer
 * names every offending field (an unknown {@code kind} and the missing {@code subject} together) instead
 * of stopping at the first one Jackson cannot bind.
 */
final class CaseRequests {

    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private CaseRequests() {
    }

    record ContactBody(String name, String mobile, String email) {
    }

    /** Finds the customer a request names by {@code field} (customerNumber, idNumber or mobile). */
    interface CustomerFinder {
        Optional<CustomerDirectory.KnownCustomer> find(String field, String value);
    }

    /** A valid intake and the customer it names, if any (whose contacts are for notifications only). */
    record ValidOpen(CaseIntake intake, CustomerDirectory.KnownCustomer customer) {
    }

    record Open(String kind, String channel, String category, String subject, String description,
                List<String> flags, String customerNumber, String idNumber, String mobile, ContactBody contact) {

        ValidOpen validate(Predicate<String> categoryExists, CustomerFinder customers) {
            Violations v = new Violations();
            CaseKind k = v.oneOf("kind", CaseKind.class, kind, "cases.field.kind");
            CaseChannel ch = v.oneOf("channel", CaseChannel.class, channel, "cases.field.channel");
            v.text("subject", subject, 200);
            v.text("description", description, 4000);
            if (category != null && !categoryExists.test(category)) {
                v.add("category", "invalid", "cases.field.category");
            }
            Set<CaseFlag> flagSet = EnumSet.noneOf(CaseFlag.class);
            for (String flag : flags == null ? List.<String>of() : flags) {
                JsonNames.parse(CaseFlag.class, flag).ifPresentOrElse(flagSet::add,
                        () -> v.add("flags", "invalid", "cases.field.flags"));
            }
            CaseIntake.Contact who = contact(v);
            CustomerDirectory.KnownCustomer customer = customer(v, customers);
            if (customer == null && who == null && contact == null && v.isClean("customerNumber", "idNumber", "mobile")) {
                v.add("contact", "required", "cases.field.contact");
            }
            v.throwIfAny();
            return new ValidOpen(new CaseIntake(k, ch, category, subject.strip(), description.strip(), flagSet,
                    customer == null ? null : customer.number(), who), customer);
        }

        /** At most one of customerNumber, idNumber and mobile; it must find exactly one customer in scope. */
        private CustomerDirectory.KnownCustomer customer(Violations v, CustomerFinder customers) {
            String[][] given = {{"customerNumber", customerNumber}, {"idNumber", idNumber}, {"mobile", mobile}};
            String field = null;
            String value = null;
            for (String[] candidate : given) {
                if (candidate[1] == null) {
                    continue;
                }
                if (field != null) {
                    v.add(candidate[0], "invalid", "cases.field.one-customer");
                    return null;
                }
                field = candidate[0];
                value = candidate[1];
            }
            if (field == null) {
                return null;
            }
            if (value.isBlank() || value.length() > 40) {
                v.add(field, "invalid", "field.invalid");
                return null;
            }
            Optional<CustomerDirectory.KnownCustomer> found = customers.find(field, value.strip());
            if (found.isEmpty()) {
                v.add(field, "not-found", "cases.field.customer-not-found");
            }
            return found.orElse(null);
        }

        private CaseIntake.Contact contact(Violations v) {
            if (contact == null) {
                return null;
            }
            v.text("contact.name", contact.name(), 100);
            String mobile = blankToNull(contact.mobile());
            String email = blankToNull(contact.email());
            if (mobile == null && email == null) {
                v.add("contact.mobile", "required", "cases.field.contact");
            }
            if (mobile != null && !MOBILE.matcher(mobile).matches()) {
                v.add("contact.mobile", "invalid", "cases.field.mobile");
            }
            if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
                v.add("contact.email", "invalid", "cases.field.email");
            }
            return contact.name() == null ? null : new CaseIntake.Contact(contact.name().strip(), mobile, email);
        }
    }

    record PlanBody(String content, String method, String time, BigDecimal fee) {
    }

    record Transition(String action, Integer version, PlanBody plan, String resolution, String summary,
                      String reason) {

        CaseAction validAction() {
            Violations v = new Violations();
            CaseAction a = v.oneOf("action", CaseAction.class, action, "cases.field.action");
            if (a != null && CaseAction.ELSEWHERE.contains(a)) {
                v.add("action", "invalid", "cases.field.action-elsewhere");
            }
            v.version(version);
            v.max("reason", reason, 1000);
            v.max("resolution", resolution, 4000);
            v.max("summary", summary, 4000);
            if (plan != null) {
                v.max("plan.content", plan.content(), 4000);
                if (plan.fee() != null && plan.fee().signum() < 0) {
                    v.add("plan.fee", "out-of-range", "field.invalid");
                }
            }
            v.throwIfAny();
            return a;
        }

        Cases.CaseStep step() {
            CasePlan p = plan == null ? null : new CasePlan(plan.content(), plan.method(), plan.time(), plan.fee());
            return new Cases.CaseStep(p, resolution, summary, reason);
        }
    }

    record Reply(String text, Integer version, Boolean visibleToCustomer) {

        void validate() {
            Violations v = new Violations();
            v.text("text", text, 4000);
            v.version(version);
            if (visibleToCustomer == null) {
                v.add("visibleToCustomer", "required", "field.required");
            }
            v.throwIfAny();
        }
    }

    record PriorityChange(String priority, Integer version, String reason) {

        Priority validPriority() {
            Violations v = new Violations();
            Priority p = Optional.ofNullable(priority).flatMap(t -> {
                try {
                    return Optional.of(Priority.valueOf(t));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }).orElse(null);
            if (p == null) {
                v.add("priority", priority == null ? "required" : "invalid", "cases.field.priority");
            }
            v.version(version);
            v.max("reason", reason, 1000);
            v.throwIfAny();
            return p;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Collects every offending field before answering. */
    static final class Violations {

        private final List<FieldViolation> found = new ArrayList<>();

        boolean isClean(String... fields) {
            return found.stream().noneMatch(f -> List.of(fields).contains(f.field()));
        }

        void add(String field, String code, String messageKey) {
            found.add(new FieldViolation(field, code, messageKey));
        }

        <E extends Enum<E>> E oneOf(String field, Class<E> type, String value, String messageKey) {
            if (value == null) {
                add(field, "required", messageKey);
                return null;
            }
            return JsonNames.parse(type, value).orElseGet(() -> {
                add(field, "invalid", messageKey);
                return null;
            });
        }

        void text(String field, String value, int max) {
            if (value == null || value.isBlank()) {
                add(field, "required", "field.required");
            } else {
                max(field, value, max);
            }
        }

        void max(String field, String value, int max) {
            if (value != null && value.length() > max) {
                add(field, "too-long", "cases.field.too-long");
            }
        }

        void version(Integer version) {
            if (version == null) {
                add("version", "required", "field.required");
            }
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new InvalidInputException(found);
            }
        }
    }
}
