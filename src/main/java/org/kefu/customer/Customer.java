package org.kefu.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A customer as stored, decrypted: only ever turned into a {@link MaskedCustomer} before it is shown. */
record Customer(long id, String number, String name, Gender gender, LocalDate birthDate, IdType idType,
                String idNumber, String mobile, String email, String address, String occupation,
                CustomerType customerType, RiskPreference riskPreference, Set<String> accountTypes, String segment,
                String valueTier, LifecycleStage lifecycleStage, String relationshipManager, String orgUnitCode,
                List<Consent> consents, Set<String> tags, LocalDate nextReturnVisitOn, Instant erasedAt,
                int version) {

    boolean erased() {
        return erasedAt != null;
    }

    /** Each field that may be revealed, and its plaintext. */
    String plaintext(RevealableField field) {
        return switch (field) {
            case name -> name;
            case birthDate -> birthDate == null ? null : birthDate.toString();
            case idNumber -> idNumber;
            case mobile -> mobile;
            case email -> email;
            case address -> address;
        };
    }

    /** The pseudonym an erased customer keeps, so that records linked to it still name something. */
    static String pseudonym(String number) {
        return "已删除客户 " + number;
    }
}
