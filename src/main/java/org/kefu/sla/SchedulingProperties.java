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
 * @param threads         batches fired at once; each takes a database connection while it runs
 * @param batchSize       due timers claimed and fired in one transaction (at most 500)
 */
@ConfigurationProperties("kefu.sla.scheduler")
record SchedulingProperties(@DefaultValue("true") boolean enabled,
                            @DefaultValue("250ms") Duration pollingInterval,
                            @DefaultValue("2") int threads,
                            @DefaultValue("200") int batchSize) {

    SchedulingProperties {
        if (pollingInterval.isNegative() || pollingInterval.isZero() || threads < 1 || batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("kefu.sla.scheduler: polling interval and threads must be positive,"
                    + " batch size 1 to 500");
        }
    }
}
