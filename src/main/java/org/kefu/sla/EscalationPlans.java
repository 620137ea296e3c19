package org.kefu.sla;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plan of a policy: its row in {@code sla_escalation_plan}, else the configured default. */
@Component
class EscalationPlans {

    private final JdbcClient jdbc;
    private final EscalationProperties properties;

    EscalationPlans(JdbcClient jdbc, EscalationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    EscalationPlan forPolicy(String policyCode) {
        Duration window = policyCode == null || policyCode.isEmpty() ? null : jdbc.sql(
                        "select extract(epoch from acknowledge_within)::bigint from sla_escalation_plan where policy_code = ?")
                .param(policyCode).query(Long.class).optional().map(Duration::ofSeconds).orElse(null);
        return new EscalationPlan(window != null ? window : properties.acknowledgeWithin());
    }
}
