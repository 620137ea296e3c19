package org.kefu.sla;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The timer scheduler of this node ({@code kefu.sla.scheduler.*}).
 *
 * @param enabled         whether this node fires timers; arming and disarming work either way (another
 *                        node, or this one after a restart, fires what is due)
 * @param pollingInterval how often the node looks for due timers: the worst lag of a breach after its
 *                        deadline when nothing else wakes the scheduler
 * @param threads         timers executed at once; each takes a database connection while it runs
 * @param heartbeat       how often a running timer proves its node alive; a node silent for four beats is
 *                        dead and its picked timers run again elsewhere
 * @param batchSize       due timers picked in one round trip (lock-and-fetch)
 */
@ConfigurationProperties("kefu.sla.scheduler")
record SchedulingProperties(@DefaultValue("true") boolean enabled,
                            @DefaultValue("250ms") Duration pollingInterval,
                            @DefaultValue("4") int threads,
                            @DefaultValue("30s") Duration heartbeat,
                            @DefaultValue("100") int batchSize) {

    SchedulingProperties {
        if (pollingInterval.isNegative() || pollingInterval.isZero() || threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("kefu.sla.scheduler: polling interval, threads and batch size must be positive");
        }
    }
}
