package org.kefu.cases;

import java.util.Set;

/**
 * What a case is about, fixed at intake. The contact (anonymous callers) is plaintext here and encrypted
 * only by {@link CaseStore}.
 */
record CaseIntake(CaseKind kind, CaseChannel channel, String categoryCode, String subject, String description,
                  Set<CaseFlag> flags, String customerNumber, Contact contact) {

    CaseIntake {
        flags = Set.copyOf(flags);
    }

    record Contact(String name, String mobile, String email) {
    }
}
