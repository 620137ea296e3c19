package org.kefu.support;

import java.util.Set;

import org.kefu.identity.StaffUser;
import org.kefu.identity.Users;
import org.kefu.identity.signin.SecondFactors;
import org.kefu.identity.signin.StaffAccount;
import org.kefu.platform.Actor;
import org.kefu.identity.signin.StaffAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * MockMvc requests made as a real staff member of the demo organisation — their permissions from their
 * roles and their unit's data scope — without going through the sign-in pages each time.
 */
@Component
public class Staff {

    public static final String PASSWORD = "a long and unusual passphrase 2026";
    public static final String TOTP_SECRET = "KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF";

    private final StaffAccounts accounts;
    private final Users users;
    private final SecondFactors factors;

    Staff(StaffAccounts accounts, Users users, SecondFactors factors) {
        this.accounts = accounts;
        this.users = users;
        this.factors = factors;
    }

    /**
     * A new staff member of {@code unit} with {@code role}, password {@link #PASSWORD} and, when asked,
     * TOTP with {@link #TOTP_SECRET}: for tests whose failures must not lock a shared demo account.
     */
    public String newUser(String unit, String role, boolean withTotp) {
        String name = "t" + Long.toString(System.nanoTime(), 36);
        StaffUser user = users.create(new Users.NewUser(name, "测试用户", unit, Set.of(role), PASSWORD), Actor.system());
        if (withTotp) {
            factors.enrolFirst(user.id(), TOTP_SECRET, 0);
        }
        return name;
    }

    public RequestPostProcessor as(String username) {
        StaffAccount account = accounts.find(username).orElseThrow();
        account.eraseCredentials();
        return authentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
