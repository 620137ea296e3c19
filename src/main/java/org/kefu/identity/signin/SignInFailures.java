package org.kefu.identity.signin;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;


/**
 * A wrong password or code counts towards the lockout; the fifth in a row locks the account for the
 * configured time. Every failure is audited with the user name tried, never with what was typed.
 */
@Component
public class SignInFailures implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);
    private final StaffAccounts accounts;
    private final SignInPolicy policy;
    private final ApplicationEventPublisher events;

    SignInFailures(StaffAccounts accounts, SignInPolicy policy, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.policy = policy;
        this.events = events;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = StaffAccounts.normalise(request.getParameter("username"));
        String outcome = "bad";
        if (exception instanceof LockedException) {
            outcome = "locked";
            events.publishEvent(SignInEvent.failed(username, "password", "account locked"));
            lockIfExhausted(username, false);
        } else if (exception instanceof DisabledException) {
            events.publishEvent(SignInEvent.failed(username, "password", "account disabled"));
        } else if (exception instanceof BadCredentialsException) {
            // An unknown user name is audited as such: what people type there is sometimes their password.
            boolean known = accounts.find(username).isPresent();
            events.publishEvent(SignInEvent.failed(known ? username : "(unknown user)", "password", "wrong password"));
            if (known && lockIfExhausted(username, false).isPresent()) {
                outcome = "locked";
            }
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + outcome);
    }

    /** A wrong second factor: counted, audited; returns the lock end if this failure locked the account. */
    Optional<Instant> countFailedCode(String username) {
        events.publishEvent(SignInEvent.failed(username, "second-factor", "wrong code"));
        return lockIfExhausted(username, true);
    }

    private Optional<Instant> lockIfExhausted(String username, boolean countNow) {
        Optional<Instant> locked = accounts.recordFailure(username, countNow);
        locked.ifPresent(until -> {
            log.warn("Account {} locked until {} after {} failed attempts", username, until, policy.maxAttempts());
            events.publishEvent(SignInEvent.locked(username, until));
        });
        return locked;
    }
}
