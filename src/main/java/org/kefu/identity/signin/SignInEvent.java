package org.kefu.identity.signin;

import java.util.Map;

import org.kefu.platform.AuditableEvent;
import java.time.Instant;

/** What the audit trail records of sign-ins: who tried, how, and whether it worked. Never a password. */
public record SignInEvent(String action, String username, boolean succeeded, Map<String, Object> summary)
        implements AuditableEvent {

    static SignInEvent succeeded(String username, String method) {
        return new SignInEvent("identity.sign-in.succeeded", username, true, Map.of("method", method));
    }

    static SignInEvent failed(String username, String step, String why) {
        return new SignInEvent("identity.sign-in.failed", username, false, Map.of("step", step, "failure", why));
    }

    static SignInEvent locked(String username, Instant until) {
        return new SignInEvent("identity.account.locked", username, false, Map.of("lockedUntil", until.toString()));
    }

    static SignInEvent signedOut(String username) {
        return new SignInEvent("identity.sign-out", username, true, Map.of());
    }

    static SignInEvent enrolled(String username) {
        return new SignInEvent("identity.totp.enrolled", username, true, Map.of());
    }

    @Override
    public String entityType() {
        return "user";
    }

    @Override
    public String entityId() {
        return username;
    }
}
