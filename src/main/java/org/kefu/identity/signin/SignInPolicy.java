package org.kefu.identity.signin;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules ({@code kefu.identity.sign-in.*}).
 *
 * @param maxAttempts       failed passwords or codes before the account locks
 * @param lockFor           how long it stays locked
 * @param secondFactorFor   permissions whose holders must use a second factor (administrators, unmasking)
 * @param attemptsPerMinute sign-in posts allowed per client address per minute
 */
@ConfigurationProperties("kefu.identity.sign-in")
public record SignInPolicy(
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("15m") Duration lockFor,
        @DefaultValue({"identity.users.manage", "identity.api-clients.manage", "platform.crypto.manage",
                "personal-data.unmask"}) Set<String> secondFactorFor,
        @DefaultValue("20") int attemptsPerMinute) {

    boolean requiresSecondFactor(StaffAccount account) {
        return account.permissions().stream().anyMatch(secondFactorFor::contains);
    }
}
