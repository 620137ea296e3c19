package org.kefu.cases;

import java.util.List;
import java.util.Optional;

import org.kefu.identity.StaffDirectory;
import org.springframework.stereotype.Component;

/** Feeds the {@link RoutingPolicy} with the unit's active workers as they are now. */
@Component
class CaseRouter {

    private final StaffDirectory staff;
    private final AgentSkills skills;

    CaseRouter(StaffDirectory staff, AgentSkills skills) {
        this.staff = staff;
        this.skills = skills;
    }

    /** A worker of {@code unitId} for a case of {@code category}, never {@code except} (the one handing it over). */
    Optional<String> route(long unitId, String category, String except) {
        List<String> lineage = skills.lineage(category);
        if (lineage.isEmpty()) {
            return Optional.empty();
        }
        List<String> workers = staff.activeHoldersOf(unitId, CasesPermissions.WORK).stream()
                .filter(u -> !u.equals(except)).toList();
        return RoutingPolicy.pick(lineage, skills.candidates(workers));
    }
}
