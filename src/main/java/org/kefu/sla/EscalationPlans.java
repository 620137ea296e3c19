package org.kefu.sla;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan of a policy: its row in {@code sla_escalation_plan}, else the configured default. Remembered for
 * a few seconds (a burst of breaches reads it once); a changed plan applies to levels raised after that.
 */
@Component
class EscalationPlans {

    private static final long REMEMBER_NANOS = Duration.ofSeconds(5).toNanos();

    private final JdbcClient jdbc;
    private final EscalationProperties properties;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Optional<Duration> window, long until) {
    }

    EscalationPlans(JdbcClient jdbc, EscalationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    EscalationPlan forPolicy(String policyCode) {
        Optional<Duration> window = policyCode == null || policyCode.isEmpty() ? Optional.empty() : windowOf(policyCode);
        return new EscalationPlan(window.orElse(properties.acknowledgeWithin()));
    }

    private Optional<Duration> windowOf(String policyCode) {
        long now = System.nanoTime();
        Remembered known = remembered.get(policyCode);
        if (known != null && known.until() - now > 0) {
            return known.window();
        }
        Optional<Duration> window = jdbc.sql("select (extract(epoch from acknowledge_within) * 1000)::bigint"
                        + " from sla_escalation_plan where policy_code = ?")
                .param(policyCode).query(Long.class).optional().map(Duration::ofMillis);
        if (remembered.size() > 10_000) {
            remembered.clear();
        }
        remembered.put(policyCode, new Remembered(window, now + REMEMBER_NANOS));
        return window;
    }
}
