package org.kefu.notification;

import org.kefu.notification.delivery.MessageStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues messages for delivery. Call it inside the transaction of the change the message is about: the
 * message is written to the outbox in that transaction and sent only after it commits; if it rolls
 * back, nothing is ever sent. Delivery (with retries) happens in the background.
 */
@Service
public class Notifications {

    private final MessageStore store;

    Notifications(MessageStore store) {
        this.store = store;
    }

    /**
     * Queues {@code notification}; returns its message id (vendors' delivery receipts name it). Called
     * without a transaction (a one-time code, say) it commits on its own, which is what such callers want.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long queue(Notification notification) {
        return store.insert(notification);
    }
}
