package org.kefu.identity.signin;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A staff member as Spring Security sees them. Authorities are permissions, nothing else. Kept in the
 * (database-backed) session, hence serialisable and free of the password hash once signed in.
 */
public final class StaffAccount implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String displayName;
    private final long orgUnitId;
    private final Set<String> permissions;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final boolean totpEnabled;
    private String passwordHash;

    public StaffAccount(long userId, String username, String displayName, long orgUnitId, Set<String> permissions,
                        boolean enabled, Instant lockedUntil, boolean totpEnabled, String passwordHash) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.orgUnitId = orgUnitId;
        this.permissions = Set.copyOf(permissions);
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.totpEnabled = totpEnabled;
        this.passwordHash = passwordHash;
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public long orgUnitId() {
        return orgUnitId;
    }

    public Set<String> permissions() {
        return permissions;
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** The same account, locked until {@code until}. */
    StaffAccount lockedUntil(Instant until) {
        return new StaffAccount(userId, username, displayName, orgUnitId, permissions, enabled, until, totpEnabled,
                passwordHash);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return permissions.stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "StaffAccount[" + username + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffAccount account && account.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
