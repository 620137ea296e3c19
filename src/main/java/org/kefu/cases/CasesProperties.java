package org.kefu.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the cases module.
 *
 * @param reopenWindow how long after its resolution a case may be reopened (R1.3: 30 days); later, the
 *                     customer's new concern is a new case
 * @param followUpAttempts how many documented failed attempts to reach the customer allow the follow-up
 *                         without their confirmation (REQUIREMENTS gives no figure; 3 is common practice)
 */
@ConfigurationProperties("kefu.cases")
record CasesProperties(@DefaultValue("30d") Duration reopenWindow, @DefaultValue("3") int followUpAttempts) {
}
