package org.kefu.audit.chain;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Background work on a thread of its own, so that a long verification never delays chaining (Spring's
 * shared scheduler has one thread). Starts with the context, stops before the database closes; a
 * failure is logged once and the task tried again at the next interval.
 */
public final class Periodic implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Periodic.class);

    private final String name;
    private final Duration initialDelay;
    private final Duration interval;
    private final Runnable task;
    private ScheduledExecutorService executor;
    private volatile boolean failing;

    public Periodic(String name, Duration initialDelay, Duration interval, Runnable task) {
        this.name = name;
        this.initialDelay = initialDelay;
        this.interval = interval;
        this.task = task;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, initialDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            task.run();
            if (failing) {
                log.info("{} works again", name);
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("{} failed; trying again every {}", name, interval, e);
            }
            failing = true;
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("{} did not finish within 30 s", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
