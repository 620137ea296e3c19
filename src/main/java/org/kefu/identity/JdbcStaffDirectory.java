package org.kefu.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kefu.platform.Actor;
import org.kefu.platform.PlatformPermissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link StaffDirectory} from the user, role and permission tables and the (cached) org tree. */
@Component
class JdbcStaffDirectory implements StaffDirectory {

    private static final String ACTIVE = "u.enabled and (u.locked_until is null or u.locked_until < now())";

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    JdbcStaffDirectory(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    @Override
    public List<String> activeHoldersOf(long unitId, String permission) {
        return jdbc.sql("select distinct u.username from app_user u join user_role r on r.user_id = u.id"
                        + " join role_permission p on p.role_code = r.role_code"
                        + " where u.org_unit_id = ? and p.permission = ? and " + ACTIVE + " order by u.username")
                .params(unitId, permission).query(String.class).list();
    }

    @Override
    public Optional<Actor> actorOf(String username) {
        Optional<Long> unitId = jdbc.sql("select u.org_unit_id from app_user u where u.username = ? and " + ACTIVE)
                .param(username).query(Long.class).optional();
        return unitId.map(id -> {
            Set<String> permissions = Set.copyOf(jdbc.sql("select distinct p.permission from app_user u"
                    + " join user_role r on r.user_id = u.id join role_permission p on p.role_code = r.role_code"
                    + " where u.username = ?").param(username).query(String.class).list());
            OrgTree tree = orgUnits.tree();
            return new Actor(Actor.Type.USER, username, id, tree.byId(id).map(OrgUnit::code).orElse(null), null,
                    permissions, tree.scopeOf(id, permissions.contains(PlatformPermissions.DATA_SCOPE_GLOBAL)));
        });
    }

    @Override
    public Set<String> managersOf(String username) {
        return Set.copyOf(jdbc.sql("select m.username from app_user u join app_user m on m.id = u.reports_to"
                + " where u.username = ?").param(username).query(String.class).list());
    }

    @Override
    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class)
                .single() > 0;
    }
}
