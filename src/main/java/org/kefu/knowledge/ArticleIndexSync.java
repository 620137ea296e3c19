package org.kefu.knowledge;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with what committed: a publication or retirement that rolls back never reaches
 * readers, and one that commits is searchable when the request that made it returns. That event reaches
 * only the node that made the change; every node also compares its index with the database every
 * {@code kefu.knowledge.index-sync-interval} (10 s), so an article retired on another node stops being
 * served here within that time rather than at the next restart.
 */
@Component
class ArticleIndexSync {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndexSync.class);

    private final ArticleIndex index;
    private final Duration interval;
    private ScheduledExecutorService timer;

    ArticleIndexSync(ArticleIndex index, @Value("${kefu.knowledge.index-sync-interval:10s}") Duration interval) {
        this.index = index;
        this.interval = interval;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ServedArticleChanged changed) {
        index.refresh(changed.articleId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "knowledge-index-sync");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::catchUp, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void catchUp() {
        try {
            int refreshed = index.catchUp();
            if (refreshed > 0) {
                log.info("Knowledge index: {} articles changed elsewhere refreshed", refreshed);
            }
        } catch (RuntimeException e) {
            log.warn("Could not compare the knowledge index with the database; trying again later", e);
        }
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
