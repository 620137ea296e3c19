package org.kefu.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.identity.Users;
import org.kefu.platform.DataScope;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/** The rules on customer data that annotations cannot express; all broken rules are reported at once. */
@Component
class CustomerRules {

    private final OrgUnits orgUnits;
    private final Users users;

    CustomerRules(OrgUnits orgUnits, Users users) {
        this.orgUnits = orgUnits;
        this.users = users;
    }

    /** The unit the customer belongs to, once every rule holds. */
    OrgUnit check(CustomerData data, DataScope scope) {
        List<FieldViolation> violations = new ArrayList<>();
        // A unit outside the caller's scope is reported like a unit that does not exist.
        Optional<OrgUnit> unit = orgUnits.tree().byCode(data.orgUnitCode()).filter(u -> scope.includes(u.id()));
        if (unit.isEmpty()) {
            violations.add(new FieldViolation("orgUnitCode", "invalid", "field.invalid"));
        }
        if ((data.idType() == null) != (data.idNumber() == null)) {
            violations.add(new FieldViolation(data.idType() == null ? "idType" : "idNumber", "required",
                    "field.required"));
        } else if (data.idType() == IdType.RESIDENT_ID_CARD && !ResidentIds.valid(data.idNumber())) {
            violations.add(new FieldViolation("idNumber", "invalid", "customer.id-number.invalid"));
        }
        if (data.relationshipManager() != null && users.findByUsername(data.relationshipManager()).isEmpty()) {
            violations.add(new FieldViolation("relationshipManager", "invalid", "field.invalid"));
        }
        long distinctPurposes = data.consents().stream().map(Consent::purpose).distinct().count();
        if (distinctPurposes < data.consents().size()) {
            violations.add(new FieldViolation("consents", "invalid", "customer.consents.duplicate"));
        }
        for (int i = 0; i < data.consents().size(); i++) {
            Consent consent = data.consents().get(i);
            if (consent.withdrawnAt() != null && consent.withdrawnAt().isBefore(consent.givenAt())) {
                violations.add(new FieldViolation("consents[" + i + "].withdrawnAt", "invalid", "field.invalid"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return unit.orElseThrow();
    }
}
