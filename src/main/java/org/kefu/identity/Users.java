package org.kefu.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.DataScope;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: creating them, their unit and roles, disabling, resetting passwords. An administrator
 * only manages users of units in their scope, and never their own roles: nobody grants themselves power.
 */
@Service
public class Users {

    static final Map<String, String> SORTABLE = Map.of("username", "u.username", "displayName", "u.display_name",
            "orgUnit", "o.code");
    private static final String SELECT = "select u.id, u.username, u.display_name, u.org_unit_id, o.code,"
            + " u.enabled, u.totp_enabled, u.locked_until, u.version, coalesce((select array_agg(role_code order by"
            + " role_code) from user_role where user_id = u.id), '{}') as roles from app_user u"
            + " join org_unit o on o.id = u.org_unit_id";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final OrgUnits orgUnits;
    private final ApplicationEventPublisher events;
    private final StaffSessions sessions;

    Users(JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy passwords, OrgUnits orgUnits,
          ApplicationEventPublisher events, StaffSessions sessions) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.passwords = passwords;
        this.orgUnits = orgUnits;
        this.events = events;
    }

    public record NewUser(String username, String displayName, String orgUnitCode, Set<String> roles, String password) {
    }

    @Transactional
    public StaffUser create(NewUser user, Actor by) {
        List<FieldViolation> problems = new ArrayList<>();
        OrgUnit unit = unitInScope(user.orgUnitCode(), by.scope(), problems);
        passwords.violation(user.password(), user.username())
                .ifPresent(key -> problems.add(new FieldViolation("password", "weak", key)));
        checkRoles(user.roles(), problems);
        checkGrantable(user.roles(), by, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id;
        try {
            id = jdbc.sql("insert into app_user (username, display_name, org_unit_id, password_hash)"
                            + " values (?, ?, ?, ?) returning id")
                    .params(user.username(), user.displayName(), unit.id(), encoder.encode(user.password()))
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("username", "duplicate", "identity.user.username.taken");
        }
        user.roles().forEach(role -> jdbc.sql("insert into user_role (user_id, role_code) values (?, ?)")
                .params(id, role).update());
        events.publishEvent(new UserEvent("identity.user.created", user.username(),
                Map.of("orgUnit", unit.code(), "roles", String.join(",", new TreeSet<>(user.roles()))), null));
        return find(id).orElseThrow();
    }

    /** Changes unit, roles and enabled flag in one go, guarded by the version the editor saw. */
    @Transactional
    public StaffUser update(String username, String orgUnitCode, Set<String> roles, boolean enabled, int version,
                            Actor by) {
        StaffUser current = visible(username, by.scope());
        List<FieldViolation> problems = new ArrayList<>();
        OrgUnit unit = unitInScope(orgUnitCode, by.scope(), problems);
        checkRoles(roles, problems);
        Set<String> added = new TreeSet<>(roles);
        added.removeAll(current.roles());
        checkGrantable(added, by, problems);
        boolean rolesChange = !new TreeSet<>(current.roles()).equals(new TreeSet<>(roles));
        boolean self = isSelf(current, by);
        if (rolesChange && self) {
            problems.add(new FieldViolation("roles", "self", "identity.user.roles.own"));
        }
        if (!enabled && self) {
            problems.add(new FieldViolation("enabled", "self", "identity.user.disable.own"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int updated = jdbc.sql("update app_user set org_unit_id = ?, enabled = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(unit.id(), enabled, current.id(), version).update();
        if (updated == 0) {
            throw new ConflictException("identity.user.changed");
        }
        if (rolesChange) {
            jdbc.sql("delete from user_role where user_id = ?").param(current.id()).update();
            roles.forEach(role -> jdbc.sql("insert into user_role (user_id, role_code) values (?, ?)")
                    .params(current.id(), role).update());
        }
        if (rolesChange || !enabled) {
            sessions.endAll(username);
        }
        events.publishEvent(new UserEvent("identity.user.updated", username, Map.of(
                "orgUnit", current.orgUnitCode() + " -> " + unit.code(),
                "roles", String.join(",", new TreeSet<>(current.roles())) + " -> " + String.join(",", new TreeSet<>(roles)),
                "enabled", current.enabled() + " -> " + enabled), null));
        return find(current.id()).orElseThrow();
    }

    /**
     * Whom the user reports to (their line manager; null: nobody). Recusal keeps a complaint about someone
     * away from their manager, so the line must be true: never the user themselves, never a cycle (400
     * naming {@code reportsTo}). Audited with the old and new manager.
     */
    @Transactional
    public Optional<String> changeReportsTo(String username, String managerUsername, Actor by) {
        StaffUser current = visible(username, by.scope());
        String manager = managerUsername == null || managerUsername.isBlank() ? null : managerUsername.strip();
        Long managerId = null;
        if (manager != null) {
            if (manager.equals(username)) {
                throw new InvalidInputException("reportsTo", "self", "identity.user.reports-to.self");
            }
            managerId = findByUsername(manager).map(StaffUser::id).orElseThrow(() ->
                    new InvalidInputException("reportsTo", "not-found", "identity.user.reports-to.unknown"));
            boolean cycle = jdbc.sql("with recursive line(id) as (select ?::bigint union"
                            + " select u.reports_to from app_user u join line l on u.id = l.id where u.reports_to is not null)"
                            + " select exists (select 1 from line where id = ?)")
                    .params(managerId, current.id()).query(Boolean.class).single();
            if (cycle) {
                throw new InvalidInputException("reportsTo", "cycle", "identity.user.reports-to.cycle");
            }
        }
        Optional<String> before = reportsTo(username);
        jdbc.sql("update app_user set reports_to = ? where id = ?").params(managerId, current.id()).update();
        events.publishEvent(new UserEvent("identity.user.reports-to", username, Map.of(
                "reportsTo", before.orElse("-") + " -> " + (manager == null ? "-" : manager)), null));
        return Optional.ofNullable(manager);
    }

    /** Whom the user reports to directly, if anyone. */
    @Transactional(readOnly = true)
    public Optional<String> reportsTo(String username) {
        return jdbc.sql("select m.username from app_user u join app_user m on m.id = u.reports_to where u.username = ?")
                .param(username).query(String.class).optional();
    }

    @Transactional
    public void resetPassword(String username, String newPassword, Actor by) {
        StaffUser user = visible(username, by.scope());
        passwords.violation(newPassword, username).ifPresent(key -> {
            throw new InvalidInputException("password", "weak", key);
        });
        jdbc.sql("update app_user set password_hash = ?, password_changed_at = now(), failed_attempts = 0,"
                        + " locked_until = null, version = version + 1 where id = ?")
                .params(encoder.encode(newPassword), user.id()).update();
        sessions.endAll(username);
        events.publishEvent(new UserEvent("identity.user.password-reset", username, Map.of(), null));
    }

    public Optional<StaffUser> find(long id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query(UserRows::map).optional();
    }

    public Optional<StaffUser> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = ?").param(username).query(UserRows::map).optional();
    }

    /** A user in the caller's scope; 404 for anyone else, so that users elsewhere are not revealed. */
    public StaffUser visible(String username, DataScope scope) {
        return findByUsername(username).filter(u -> scope.includes(u.orgUnitId()))
                .orElseThrow(() -> new NotFoundException("user", username));
    }

    public PageResult<StaffUser> list(DataScope scope, String search, PageQuery page) {
        String where = " where " + scope.sql("u.org_unit_id")
                + " and (? = '' or u.username like ? or u.display_name like ?)";
        String text = search == null ? "" : search.trim();
        String like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Object> params = List.of(scope.sqlArgument(), text, like, like);
        List<StaffUser> items = jdbc.sql(SELECT + where + page.sqlTail(SORTABLE, "u.id")).params(params)
                .query(UserRows::map).list();
        long total = jdbc.sql("select count(*) from app_user u" + where).params(params).query(Long.class).single();
        return PageResult.of(items, page, total);
    }

    public List<String> roleCodes() {
        return jdbc.sql("select code from app_role order by code").query(String.class).list();
    }

    private OrgUnit unitInScope(String code, DataScope scope, List<FieldViolation> problems) {
        Optional<OrgUnit> unit = orgUnits.tree().byCode(code).filter(u -> scope.includes(u.id()));
        if (unit.isEmpty()) {
            problems.add(new FieldViolation("orgUnitCode", "invalid", "identity.user.org-unit.unknown"));
            return null;
        }
        return unit.get();
    }

    /** Nobody hands out a permission they do not hold themselves (Kefu's own jobs excepted). */
    private void checkGrantable(Set<String> roles, Actor by, List<FieldViolation> problems) {
        if (by.type() == Actor.Type.SYSTEM || roles == null || roles.isEmpty()) {
            return;
        }
        List<String> needed = jdbc.sql("select distinct permission from role_permission where role_code = any(?)")
                .param(roles.toArray(String[]::new)).query(String.class).list();
        if (!by.permissions().containsAll(needed)) {
            problems.add(new FieldViolation("roles", "exceeds", "identity.user.roles.exceed"));
        }
    }

    /** The actor is this user, signed in or through one of their personal tokens. */
    private boolean isSelf(StaffUser user, Actor by) {
        if (by.type() == Actor.Type.API_CLIENT) {
            return jdbc.sql("select count(*) from api_client where name = ? and owner_user_id = ?")
                    .params(by.id(), user.id()).query(Long.class).single() > 0;
        }
        return user.username().equals(by.id());
    }

    private void checkRoles(Set<String> roles, List<FieldViolation> problems) {
        if (roles == null || !roleCodes().containsAll(roles)) {
            problems.add(new FieldViolation("roles", "invalid", "identity.user.roles.unknown"));
        }
    }
}
