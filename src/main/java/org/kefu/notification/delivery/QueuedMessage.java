package org.kefu.notification.delivery;

import java.util.Locale;
import java.util.Map;

import org.kefu.notification.NotificationChannel;
import org.kefu.notification.NotificationTemplate;

/** A claimed message with its recipient decrypted, for the length of one delivery attempt. */
public record QueuedMessage(long id, NotificationChannel channel, String recipient, NotificationTemplate template,
                            Locale locale, Map<String, String> variables, String correlation, int attempts) {

    @Override
    public String toString() {
        // Records print every component; this one holds personal data.
        return "QueuedMessage[id=" + id + ", channel=" + channel + ", template=" + template.key() + "]";
    }
}
