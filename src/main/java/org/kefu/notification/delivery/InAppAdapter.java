package org.kefu.notification.delivery;

import org.kefu.notification.NotificationChannel;
import org.springframework.stereotype.Component;

/** In-app messages are already where their reader looks (the outbox row): delivered at once. */
@Component
class InAppAdapter implements ChannelAdapter {

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.IN_APP;
    }

    @Override
    public SendOutcome send(QueuedMessage message, RenderedMessage rendered) {
        return new SendOutcome.Sent(true);
    }
}
