package org.kefu.cases;

import java.util.Set;

/**
 * How urgent a new case is (R2.4). Account security and fund loss come first whatever the kind, because
 * the customer's money is at stake now; then complaints that the media, a regulator or many customers
 * are watching; a vulnerable customer moves the case one level up; otherwise the kind decides.
 */
final class PriorityPolicy {

    private PriorityPolicy() {
    }

    static Priority grade(CaseKind kind, Set<CaseFlag> flags) {
        if (flags.contains(CaseFlag.ACCOUNT_SECURITY) || flags.contains(CaseFlag.FUND_LOSS)) {
            return Priority.P1;
        }
        Priority base;
        if (kind == CaseKind.COMPLAINT && (flags.contains(CaseFlag.MEDIA_OR_REGULATOR_ATTENTION)
                || flags.contains(CaseFlag.MASS_IMPACT))) {
            base = Priority.P2;
        } else {
            base = kind == CaseKind.COMPLAINT ? Priority.P3 : Priority.P4;
        }
        return flags.contains(CaseFlag.VULNERABLE_CUSTOMER) ? base.raised() : base;
    }
}
