package org.kefu.sla;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param acknowledgeWithin how long each escalation level has to acknowledge before the next is raised,
 *                          when the case's policy has no plan of its own ({@code sla_escalation_plan});
 *                          calendar time: an unanswered breach climbs on a Sunday night too
 */
@ConfigurationProperties("kefu.sla.escalation")
record EscalationProperties(@DefaultValue("30m") Duration acknowledgeWithin) {
}
