package org.kefu.cases;

import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.identity.StaffDirectory;
import org.kefu.platform.Actor;
import org.kefu.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Whom a case may be given to: an active user holding cases.work, or a unit's queue, within the giver's
 * scope. Anyone else is "not found" (400 naming the field), so that users and units elsewhere are not
 * revealed.
 */
@Component
class CaseReceivers {

    private final StaffDirectory staff;
    private final OrgUnits orgUnits;

    CaseReceivers(StaffDirectory staff, OrgUnits orgUnits) {
        this.staff = staff;
        this.orgUnits = orgUnits;
    }

    CaseOwnership.Worker person(String field, String username, Actor giver) {
        return staff.actorOf(username)
                .filter(a -> a.can(CasesPermissions.WORK) && giver.scope().includes(a.orgUnitId()))
                .map(CaseOwnership.Worker::of)
                .orElseThrow(() -> new InvalidInputException(field, "not-found", "cases.field.receiver-not-found"));
    }

    OrgUnit queue(String field, String unitCode, Actor giver) {
        return orgUnits.tree().byCode(unitCode).filter(u -> giver.scope().includes(u.id()))
                .orElseThrow(() -> new InvalidInputException(field, "not-found", "cases.field.queue-not-found"));
    }
}
