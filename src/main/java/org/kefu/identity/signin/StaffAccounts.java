package org.kefu.identity.signin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads staff for sign-in with the permissions of all their roles, and keeps the lockout count. Every
 * password attempt takes a slot of the allowance before its hash is computed, in one statement, so
 * concurrent guesses cannot all slip in before the lock; only a completed sign-in (every factor given)
 * gives the slots back.
 */
@Component
public class StaffAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final SignInPolicy policy;

    StaffAccounts(JdbcClient jdbc, SignInPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Override
    public StaffAccount loadUserByUsername(String username) {
        String name = normalise(username);
        int counted = jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where username = ?"
                        + " and (locked_until is null or locked_until <= now()) and failed_attempts < ?")
                .params(name, policy.maxAttempts()).update();
        StaffAccount account = find(name).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        // Not counted and not locked: the allowance is taken by attempts still in flight; refuse this one.
        return counted == 0 && account.isAccountNonLocked() ? account.lockedUntil(Instant.now().plusSeconds(1)) : account;
    }

    public Optional<StaffAccount> find(String username) {
        return jdbc.sql("select id, username, display_name, org_unit_id, enabled, locked_until, totp_enabled,"
                        + " password_hash from app_user where username = ?")
                .param(normalise(username))
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

    /**
     * A wrong password (already counted when the user was loaded) or a wrong code (counted here): once
     * the allowance is used up the account locks, and the returned instant says until when.
     */
    public Optional<Instant> recordFailure(String username, boolean countNow) {
        String name = normalise(username);
        if (countNow) {
            jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where username = ?").param(name).update();
        }
        return jdbc.sql("update app_user set locked_until = now() + make_interval(secs => ?), failed_attempts = 0"
                        + " where username = ? and failed_attempts >= ? and (locked_until is null or locked_until <= now())"
                        + " returning locked_until")
                .params(policy.lockFor().toSeconds(), name, policy.maxAttempts())
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).optional();
    }

    public boolean isLocked(String username) {
        return jdbc.sql("select count(*) from app_user where username = ? and locked_until > now()")
                .param(normalise(username)).query(Long.class).single() > 0;
    }

    /** Only a completed sign-in (every factor given) gives the attempts back. */
    public void recordSuccess(long userId) {
        jdbc.sql("update app_user set failed_attempts = 0 where id = ? and failed_attempts <> 0"
                + " and (locked_until is null or locked_until <= now())").param(userId).update();
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
