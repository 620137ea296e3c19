package org.kefu.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.kefu.platform.InfoClass;
import org.kefu.platform.PersonalDataMask;
import org.kefu.platform.PersonalDataMask.Kind;

/**
 * A customer as the API and pages show it: C2 data masked per JR/T 0171 (the only way a {@link Customer}
 * leaves the module), everything else as is.
 */
record MaskedCustomer(String number, String name, Gender gender, String birthDate, IdType idType, String idNumber,
                      String mobile, String email, String address, String occupation, CustomerType customerType,
                      RiskPreference riskPreference, Set<String> accountTypes, String segment, String valueTier,
                      LifecycleStage lifecycleStage, String relationshipManager, String orgUnitCode,
                      List<Consent> consents, Set<String> tags, LocalDate nextReturnVisitOn, boolean erased,
                      int version) {

    static MaskedCustomer of(Customer c) {
        // An erased customer's name is the pseudonym, which is no personal datum and stays readable.
        String name = c.erased() ? c.name() : PersonalDataMask.mask(InfoClass.C2, c.name(), Kind.NAME);
        return new MaskedCustomer(c.number(), name, c.gender(), birthDate(c.birthDate()), c.idType(),
                PersonalDataMask.mask(InfoClass.C2, c.idNumber(), Kind.ID_NUMBER),
                PersonalDataMask.mask(InfoClass.C2, c.mobile(), Kind.MOBILE),
                PersonalDataMask.mask(InfoClass.C2, c.email(), Kind.EMAIL),
                PersonalDataMask.mask(InfoClass.C2, c.address(), Kind.ADDRESS), c.occupation(), c.customerType(),
                c.riskPreference(), c.accountTypes(), c.segment(), c.valueTier(), c.lifecycleStage(),
                c.relationshipManager(), c.orgUnitCode(), c.consents(), c.tags(), c.nextReturnVisitOn(), c.erased(),
                c.version());
    }

    /** The displayed (masked) value of a field that can be revealed. */
    public String masked(RevealableField field) {
        return switch (field) {
            case name -> name;
            case birthDate -> birthDate;
            case idNumber -> idNumber;
            case mobile -> mobile;
            case email -> email;
            case address -> address;
        };
    }

    /** The year is enough to talk about age-appropriate products; the day identifies. */
    private static String birthDate(LocalDate date) {
        return date == null ? null : date.getYear() + "-**-**";
    }
}
