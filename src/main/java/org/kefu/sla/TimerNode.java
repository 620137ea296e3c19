package org.kefu.sla;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's share of the SLA timers: a few threads, each sweeping a batch of due timers, again at once
 * while batches come back full (a backlog), else after the polling interval (the worst lag of a timer after
 * it fell due when the node is idle). Any number of nodes may run on one database.
 */
final class TimerNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TimerNode.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

    private final TimerSweep sweep;
    private final String name;
    private final Duration polling;
    private final int batchSize;
    private final List<Thread> threads = new ArrayList<>();
    private final Object idle = new Object();
    private volatile boolean running;

    TimerNode(TimerSweep sweep, String name, Duration polling, int threads, int batchSize) {
        this.sweep = sweep;
        this.name = name;
        this.polling = polling;
        this.batchSize = batchSize;
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(this::run, "sla-timer-" + i);
            thread.setDaemon(true);
            this.threads.add(thread);
        }
    }

    String name() {
        return name;
    }

    synchronized TimerNode start() {
        running = true;
        threads.forEach(Thread::start);
        return this;
    }

    private void run() {
        while (running) {
            int fired = 0;
            try {
                fired = sweep.sweep(name, batchSize, () -> running);
            } catch (RuntimeException failed) {
                // The database away, most likely: the timers stay due, and the next sweep takes them.
                log.warn("SLA timers of node {} not swept: {}", name, failed.toString());
            } catch (Throwable severe) {
                // Out of memory and the like: a sweeper that died silently would stop this node's timers.
                log.error("SLA timer sweeper of node {} failed; carrying on after a pause", name, severe);
            }
            if (fired < batchSize) {
                synchronized (idle) {
                    try {
                        if (running) {
                            idle.wait(Math.max(1, polling.toMillis()));
                        }
                    } catch (InterruptedException stopping) {
                        return;
                    }
                }
            }
        }
    }

    /** Lets running batches finish (up to 20 s), then returns; the rest stays due for the next start. */
    @Override
    public synchronized void close() {
        // Not an interrupt: that could break a batch's database call halfway; an idle sweeper is woken instead.
        synchronized (idle) {
            running = false;
            idle.notifyAll();
        }
        long end = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
