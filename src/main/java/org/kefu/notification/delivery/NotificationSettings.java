package org.kefu.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dispatcher works: how often it looks for due messages, how often and how patiently it
 * retries, and where the SMS/push gateway is.
 *
 * @param maxAttempts attempts before a message is given up as FAILED
 * @param retryBase   wait after the first failed attempt; doubled after each further one
 */
@ConfigurationProperties("kefu.notification")
public record NotificationSettings(@DefaultValue("true") boolean dispatcherEnabled,
                                   @DefaultValue("500ms") Duration dispatchInterval,
                                   @DefaultValue("5") int maxAttempts,
                                   @DefaultValue("30s") Duration retryBase,
                                   @DefaultValue("50") int batchSize,
                                   @DefaultValue("noreply@kefu.invalid") String mailFrom,
                                   @DefaultValue Gateway gateway) {

    /**
     * The vendor's HTTP gateway for SMS and app push.
     *
     * @param baseUrl empty: no gateway, SMS and push messages wait and eventually fail
     */
    public record Gateway(@DefaultValue("") String baseUrl, @DefaultValue("") String apiKey,
                          @DefaultValue("X-Api-Key") String apiKeyHeader, @DefaultValue("5s") Duration timeout) {
    }

    /** Wait before attempt {@code attemptsSoFar + 1}: base, 2 × base, 4 × base, ... */
    public Duration backoffAfter(int attemptsSoFar) {
        int doublings = Math.min(Math.max(attemptsSoFar - 1, 0), 20);
        return retryBase.multipliedBy(1L << doublings);
    }
}
