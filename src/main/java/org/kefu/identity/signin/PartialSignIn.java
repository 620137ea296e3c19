package org.kefu.identity.signin;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A user who has given the right password but not yet the second factor. They hold only
 * {@link #PENDING}, which opens the second-factor pages and nothing else; the full authentication waits
 * inside until the code is right.
 */
public final class PartialSignIn extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String PENDING = "SIGN_IN_SECOND_FACTOR_PENDING";

    private final Authentication full;
    private final boolean mustEnrol;

    PartialSignIn(Authentication full, boolean mustEnrol) {
        super(List.of(new SimpleGrantedAuthority(PENDING)));
        this.full = full;
        this.mustEnrol = mustEnrol;
        setAuthenticated(true);
    }

    Authentication full() {
        return full;
    }

    StaffAccount account() {
        return (StaffAccount) full.getPrincipal();
    }

    boolean mustEnrol() {
        return mustEnrol;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return full.getPrincipal();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialSignIn partial && partial.full.equals(full) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return full.hashCode();
    }
}
