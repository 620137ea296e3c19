package org.kefu.identity.signin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import java.time.Duration;
import java.util.Locale;

/** Loads staff for sign-in with the permissions of all their roles. */
@Component
public class StaffAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StaffAccount loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    public Optional<StaffAccount> find(String username) {
        return jdbc.sql("select id, username, display_name, org_unit_id, enabled, locked_until, totp_enabled,"
                        + " password_hash from app_user where username = ?")
                .param(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
                .query((rs, row) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    long id = rs.getLong("id");
                    return new StaffAccount(id, rs.getString("username"), rs.getString("display_name"),
                            rs.getLong("org_unit_id"), permissionsOf(id), rs.getBoolean("enabled"),
                            locked == null ? null : locked.toInstant(), rs.getBoolean("totp_enabled"),
                            rs.getString("password_hash"));
                })
                .optional();
    }

    public Set<String> permissionsOf(long userId) {
        return new HashSet<>(jdbc.sql("select distinct rp.permission from user_role ur join role_permission rp"
                + " on rp.role_code = ur.role_code where ur.user_id = ?").param(userId).query(String.class).list());
    }

    /** Counts a failed password; returns the lock end once the limit is reached. */
    public Optional<Instant> recordFailure(String username, int maxAttempts, Duration lockFor) {
        return jdbc.sql("update app_user set failed_attempts = case when failed_attempts + 1 >= ? then 0"
                        + " else failed_attempts + 1 end, locked_until = case when failed_attempts + 1 >= ?"
                        + " then now() + make_interval(secs => ?) else locked_until end"
                        + " where username = ? returning locked_until")
                .params(maxAttempts, maxAttempts, lockFor.toSeconds(), username)
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional().flatMap(lock -> lock).filter(lock -> lock.isAfter(Instant.now()));
    }

    public void recordSuccess(long userId) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = ?"
                + " and (failed_attempts <> 0 or locked_until is not null)").param(userId).update();
    }
}
