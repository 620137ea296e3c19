package org.kefu.sla;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts this node's timer scheduler when the application is ready (not earlier: a due timer must find
 * migrations applied and every listener of its events registered) and stops it first on shutdown, while
 * the data source is still open, letting running steps finish.
 */
@Component
class SchedulingLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchedulingLifecycle.class);

    private final Scheduler scheduler;
    private final SchedulingProperties properties;
    private volatile boolean running;

    SchedulingLifecycle(Scheduler scheduler, SchedulingProperties properties) {
        this.scheduler = scheduler;
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
        if (!running) {
            scheduler.start();
            running = true;
            log.info("SLA timers: polling every {} with {} threads", properties.pollingInterval(), properties.threads());
        }
    }

    @Override
    public synchronized void stop() {
        if (running) {
            scheduler.stop();
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
