package org.kefu.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Signing out is audited like signing in. */
@Component
public class SignOutAudit implements LogoutHandler {

    private final ApplicationEventPublisher events;

    SignOutAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            events.publishEvent(SignInEvent.signedOut(authentication.getName()));
        }
    }
}
