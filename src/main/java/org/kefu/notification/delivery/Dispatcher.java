package org.kefu.notification.delivery;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kefu.notification.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due messages, one per transaction: the row stays locked while its adapter works, so any number
 * of dispatchers (threads or cluster nodes) can run side by side and each message is sent once. Holding
 * a connection during a vendor call is the price; the adapters' timeouts bound it.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final MessageStore store;
    private final MessageRenderer renderer;
    private final Map<NotificationChannel, ChannelAdapter> adapters = new EnumMap<>(NotificationChannel.class);
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final NotificationSettings settings;
    private final Clock clock;

    public Dispatcher(MessageStore store, MessageRenderer renderer, List<ChannelAdapter> adapters,
                      PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
                      NotificationSettings settings) {
        this.store = store;
        this.renderer = renderer;
        adapters.forEach(adapter -> this.adapters.put(adapter.channel(), adapter));
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    /** Sends up to one batch of due messages; returns how many were attempted. */
    public int dispatchDue() {
        int attempted = 0;
        while (attempted < settings.batchSize() && Boolean.TRUE.equals(transaction.execute(status -> attemptNext()))) {
            attempted++;
        }
        return attempted;
    }

    private boolean attemptNext() {
        Optional<QueuedMessage> claimed = store.claimNextDue();
        claimed.ifPresent(this::attempt);
        return claimed.isPresent();
    }

    private void attempt(QueuedMessage message) {
        int attempts = message.attempts() + 1;
        SendOutcome outcome = send(message);
        if (outcome instanceof SendOutcome.Sent sent) {
            store.markSent(message.id(), attempts, sent.delivered());
            log.info("Notification {} sent over {} (attempt {})", message.id(), message.channel(), attempts);
        } else if (outcome instanceof SendOutcome.Retry retry && attempts < settings.maxAttempts()) {
            store.scheduleRetry(message.id(), attempts, clock.instant().plus(settings.backoffAfter(attempts)),
                    retry.reason());
            log.info("Notification {} not sent over {} (attempt {}): {}; retrying", message.id(),
                    message.channel(), attempts, retry.reason());
        } else if (outcome instanceof SendOutcome.Retry retry) {
            fail(message, attempts, retry.reason() + " (gave up after " + attempts + " attempts)");
        } else if (outcome instanceof SendOutcome.Failed failed) {
            fail(message, attempts, failed.reason());
        }
    }

    private SendOutcome send(QueuedMessage message) {
        ChannelAdapter adapter = adapters.get(message.channel());
        if (adapter == null) {
            return new SendOutcome.Failed("no adapter for channel " + message.channel());
        }
        try {
            return adapter.send(message, renderer.render(message.template(), message.locale(), message.variables()));
        } catch (RuntimeException e) {
            // The exception's message may quote the recipient; only its type is kept.
            return new SendOutcome.Retry("unexpected " + e.getClass().getSimpleName());
        }
    }

    private void fail(QueuedMessage message, int attempts, String reason) {
        store.markFailed(message.id(), attempts, reason);
        events.publishEvent(NotificationFailed.of(message, attempts, reason));
        log.warn("Notification {} over {} failed: {}", message.id(), message.channel(), reason);
    }
}
