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
    private final CaseGuards guards;

    CaseRouter(StaffDirectory staff, AgentSkills skills, CaseGuards guards) {
        this.staff = staff;
        this.skills = skills;
        this.guards = guards;
    }

    /** A worker of {@code unitId} for a case of {@code category}, never {@code except} (the one handing it over). */
    Optional<String> route(long unitId, String category, String except) {
        return route(unitId, category, except, null);
    }

    /**
     * As {@link #route(long, String, String)} for an existing case ({@code caseId} not null): workers another
     * module keeps away from it (recusal) are never candidates.
     */
    Optional<String> route(long unitId, String category, String except, Long caseId) {
        List<String> lineage = skills.lineage(category);
        if (lineage.isEmpty()) {
            return Optional.empty();
        }
        List<String> workers = staff.activeHoldersOf(unitId, CasesPermissions.WORK).stream()
                .filter(u -> !u.equals(except))
                .filter(u -> caseId == null || guards.allows(caseId, u, CaseWorkerVeto.Duty.WORK)).toList();
        return RoutingPolicy.pick(lineage, skills.candidates(workers));
    }
}
