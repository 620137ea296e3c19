package org.kefu.notification;

import java.util.List;

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

    /** Queues several messages in one write, in the caller's transaction (or one of its own). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void queueAll(List<Notification> notifications) {
        store.insertAll(notifications);
    }

    /**
     * Removes {@code address} (a customer's mobile number or e-mail address, as it was queued) from every
     * message to a customer, sent or waiting, with the template variables that went with it; waiting ones
     * are not sent. For erasure under PIPL: call it in the erasure's transaction. Returns how many
     * messages were purged; the delivery log keeps that they existed, not to whom.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int forgetRecipient(String address) {
        if (address == null || address.isBlank()) {
            return 0;
        }
        return store.forget(address);
    }
}
