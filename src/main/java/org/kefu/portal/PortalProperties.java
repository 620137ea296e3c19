package org.kefu.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the customer portal ({@code kefu.portal.unit}, the unit web cases are opened in, is read by
 * the cases module's {@code PortalCases}).
 *
 * @param codeValidity         how long a one-time code may be used
 * @param wrongAttempts        wrong entries after which a code is dead
 * @param codesPerCasePerHour  codes sent for one case within an hour, at most
 * @param accessFor            how long a correct code lets the session see the case (not extended by use)
 * @param submissionsPerHour   cases submitted per client address per hour
 * @param codeRequestsPerHour  "send me a code" per client address per hour
 * @param verificationsPerHour codes entered per client address per hour (guessing across cases)
 */
@ConfigurationProperties("kefu.portal")
record PortalProperties(@DefaultValue("10m") Duration codeValidity, @DefaultValue("5") int wrongAttempts,
                        @DefaultValue("3") int codesPerCasePerHour, @DefaultValue("30m") Duration accessFor,
                        @DefaultValue("10") int submissionsPerHour, @DefaultValue("10") int codeRequestsPerHour,
                        @DefaultValue("30") int verificationsPerHour) {
}
