package org.kefu.sla;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.kefu.cases.CasesPermissions;
import org.kefu.identity.OrgTree;
import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.identity.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Who a level of the chain reaches for a case of a unit. Each level looks upwards from a starting unit for
 * the first unit that has someone to tell, so a branch without its own supervisor is covered by the one
 * above it:
 * <ol>
 *   <li>supervisors: holders of {@code cases.supervise} in the case's unit, else the nearest unit above;</li>
 *   <li>unit head: holders of {@link EscalationPermissions#MANAGEMENT} in the case's unit or the nearest unit
 *       above it (the head office when no branch has its own management);</li>
 *   <li>head office: holders of {@link EscalationPermissions#MANAGEMENT} in the root unit.</li>
 * </ol>
 * Disabled and locked users are never chosen ({@link StaffDirectory}). Answers are remembered for a few
 * seconds: a burst of breaches in one unit asks the directory once, and a user disabled meanwhile is
 * passed over at most {@link #REMEMBER} later.
 */
@Component
class EscalationRecipients {

    static final Duration REMEMBER = Duration.ofSeconds(5);

    private final StaffDirectory staff;
    private final OrgUnits orgUnits;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(List<String> users, long until) {
    }

    EscalationRecipients(StaffDirectory staff, OrgUnits orgUnits) {
        this.staff = staff;
        this.orgUnits = orgUnits;
    }

    List<String> at(int level, long unitId) {
        long now = System.nanoTime();
        Remembered known = remembered.get(level + "/" + unitId);
        if (known != null && known.until() - now > 0) {
            return known.users();
        }
        List<String> users = List.copyOf(lookUp(level, unitId));
        if (remembered.size() > 10_000) {
            remembered.clear(); // units x levels: never near this, but never unbounded either
        }
        remembered.put(level + "/" + unitId, new Remembered(users, now + REMEMBER.toNanos()));
        return users;
    }

    private List<String> lookUp(int level, long unitId) {
        OrgTree tree = orgUnits.tree();
        return switch (level) {
            case 1 -> upwards(tree, unitId, CasesPermissions.SUPERVISE);
            case 2 -> upwards(tree, unitId, EscalationPermissions.MANAGEMENT);
            case 3 -> root(tree, unitId).map(r -> staff.activeHoldersOf(r.id(), EscalationPermissions.MANAGEMENT))
                    .orElse(List.of());
            default -> throw new IllegalArgumentException("No escalation level " + level);
        };
    }

    private List<String> upwards(OrgTree tree, long unitId, String permission) {
        Optional<OrgUnit> unit = tree.byId(unitId);
        while (unit.isPresent()) {
            List<String> holders = staff.activeHoldersOf(unit.get().id(), permission);
            if (!holders.isEmpty()) {
                return holders;
            }
            unit = tree.byId(unit.get().parentId());
        }
        return List.of();
    }

    private static Optional<OrgUnit> root(OrgTree tree, long unitId) {
        Optional<OrgUnit> unit = tree.byId(unitId);
        while (unit.isPresent() && unit.get().parentId() != null) {
            unit = tree.byId(unit.get().parentId());
        }
        return unit;
    }
}
