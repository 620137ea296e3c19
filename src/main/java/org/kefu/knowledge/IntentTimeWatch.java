package org.kefu.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publication and retirement announce {@link IntentsChanged} themselves; time does not. This watch looks
 * once a minute at which intent articles are in force and announces a change when one became effective or
 * expired, so the classifier stops training on an expired intent without anyone touching it. (Serving is
 * never late: search and {@code forIntent} check the dates on every call.)
 */
@Component
class IntentTimeWatch {

    private static final Logger log = LoggerFactory.getLogger(IntentTimeWatch.class);

    private final ArticleStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private Set<String> inForce;

    IntentTimeWatch(ArticleStore store, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock,
                    @Value("${kefu.knowledge.intent-watch-interval:1m}") Duration interval) {
        this.store = store;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        inForce = intentsInForce();
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "knowledge-intent-watch"));
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void check() {
        try {
            Set<String> now = intentsInForce();
            if (!now.equals(inForce)) {
                inForce = now;
                // In a transaction, so that listeners of other parts (after commit) receive it.
                transaction.executeWithoutResult(s -> events.publishEvent(new IntentsChanged("effective or expiry time")));
            }
        } catch (RuntimeException e) {
            log.warn("Could not check knowledge intents for expiry; trying again later", e);
        }
    }

    /** Article, version and intent of every served intent article in force now. */
    private Set<String> intentsInForce() {
        Instant now = clock.instant();
        Set<String> set = new TreeSet<>();
        store.served().stream().filter(a -> a.content().intent() != null && a.content().inForce(now))
                .forEach(a -> set.add(a.id() + "/" + a.versionNo() + "/" + a.content().intent()));
        return set;
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
