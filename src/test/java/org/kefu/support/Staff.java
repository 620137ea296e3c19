package org.kefu.support;

import org.kefu.identity.signin.StaffAccount;
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

    private final StaffAccounts accounts;

    Staff(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    public RequestPostProcessor as(String username) {
        StaffAccount account = accounts.loadUserByUsername(username);
        account.eraseCredentials();
        return authentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
