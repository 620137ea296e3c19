package org.kefu.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts this node's {@link TimerNode} when the application is ready (not earlier: a due timer must find
 * migrations applied and every listener of its events registered) and stops it first on shutdown, while
 * the data source is still open, letting running batches finish.
 */
@Component
class SchedulingLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchedulingLifecycle.class);

    private final TimerSweep sweep;
    private final SchedulingProperties properties;
    private volatile TimerNode node;

    SchedulingLifecycle(TimerSweep sweep, SchedulingProperties properties) {
        this.sweep = sweep;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (properties.enabled()) {
            start();
        } else {
            log.info("SLA timers are not fired on this node (kefu.sla.scheduler.enabled=false)");
        }
    }

    /** Not at refresh: {@link #ready()} starts it. */
    @Override
    public boolean isAutoStartup() {
        return false;
    }

    @Override
    public synchronized void start() {
        if (node == null && properties.enabled()) {
            node = new TimerNode(sweep, SchedulingConfiguration.nodeName(), properties.pollingInterval(),
                    properties.threads(), properties.batchSize()).start();
            log.info("SLA timers: node {} polling every {} with {} threads, batches of {}", node.name(),
                    properties.pollingInterval(), properties.threads(), properties.batchSize());
        }
    }

    @Override
    public synchronized void stop() {
        if (node != null) {
            node.close();
            node = null;
        }
    }

    @Override
    public boolean isRunning() {
        return node != null;
    }
}
