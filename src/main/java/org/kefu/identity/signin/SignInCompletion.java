package org.kefu.identity.signin;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import jakarta.servlet.ServletException;

/**
 * After the right password: either the user is signed in, or — when they have a second factor, or their
 * permissions demand one — they hold a {@link PartialSignIn} and are sent to give it.
 */
@Component
public class SignInCompletion implements AuthenticationSuccessHandler {

    public static final String SIGNED_IN_AT = "kefu.signedInAt";
    public static final String CLIENT_ADDRESS = "kefu.clientAddress";
    public static final String USER_AGENT = "kefu.userAgent";

    private final StaffAccounts accounts;
    private final SignInPolicy policy;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler continuation =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInCompletion(StaffAccounts accounts, SignInPolicy policy, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.policy = policy;
        this.events = events;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        StaffAccount account = (StaffAccount) authentication.getPrincipal();
        boolean mustEnrol = !account.totpEnabled() && policy.requiresSecondFactor(account);
        if (account.totpEnabled() || mustEnrol) {
            store(new PartialSignIn(authentication, mustEnrol), request, response);
            response.sendRedirect(request.getContextPath() + (mustEnrol ? "/login/totp/enrol" : "/login/totp"));
            return;
        }
        finish(authentication, "password", request, response);
    }

    /** The user is fully signed in: a new session id, the details shown on their sessions page, the audit entry. */
    void finish(Authentication authentication, String method, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        accounts.recordSuccess(((StaffAccount) authentication.getPrincipal()).userId());
        request.changeSessionId();
        store(authentication, request, response);
        HttpSession session = request.getSession();
        session.setAttribute(SIGNED_IN_AT, Instant.now().toString());
        session.setAttribute(CLIENT_ADDRESS, request.getRemoteAddr());
        String agent = request.getHeader("User-Agent");
        session.setAttribute(USER_AGENT, agent == null ? "" : agent.substring(0, Math.min(agent.length(), 200)));
        events.publishEvent(SignInEvent.succeeded(authentication.getName(), method));
        continuation.onAuthenticationSuccess(request, response, authentication);
    }

    void publish(SignInEvent event) {
        events.publishEvent(event);
    }

    private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
