package org.kefu.notification.delivery;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the dispatcher on a thread of its own at a fixed delay. A failing round (database away) is
 * logged once and tried again next time; the loop stops before the database closes.
 */
class DispatchLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);

    private final Dispatcher dispatcher;
    private final NotificationSettings settings;
    private ScheduledExecutorService executor;
    private volatile boolean failing;

    DispatchLoop(Dispatcher dispatcher, NotificationSettings settings) {
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notification-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.dispatchInterval().toMillis();
        executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            // A full batch means more may be waiting: go on without sleeping.
            while (dispatcher.dispatchDue() == settings.batchSize() && !Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            if (failing) {
                log.info("Notification dispatcher works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Notification dispatcher failed; trying again every {}", settings.dispatchInterval(), e);
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
            executor.awaitTermination(30, TimeUnit.SECONDS);
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
