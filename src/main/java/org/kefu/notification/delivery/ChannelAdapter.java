package org.kefu.notification.delivery;

import org.kefu.notification.NotificationChannel;

/** Hands a rendered message to the outside world over one channel. Must not throw for vendor trouble. */
public interface ChannelAdapter {

    NotificationChannel channel();

    SendOutcome send(QueuedMessage message, RenderedMessage rendered);
}
