package org.kefu.notification.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kefu.platform.AuditableEvent;

/**
 * A message given up on, by the dispatcher or by the vendor's receipt: audited, because a customer may
 * later say they were never told. Only channel, template, correlation and reason: no recipient.
 */
public record NotificationFailed(long messageId, String channel, String template, String correlation, int attempts,
                                 String failure) implements AuditableEvent {

    static NotificationFailed of(QueuedMessage message, int attempts, String failure) {
        return new NotificationFailed(message.id(), message.channel().name(), message.template().key(),
                message.correlation(), attempts, failure);
    }

    @Override
    public String action() {
        return "notification.failed";
    }

    @Override
    public String entityType() {
        return "notification-message";
    }

    @Override
    public String entityId() {
        return String.valueOf(messageId);
    }

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("channel", channel);
        summary.put("template", template);
        summary.put("attempts", attempts);
        summary.put("reason", failure);
        if (correlation != null) {
            summary.put("correlation", correlation);
        }
        return summary;
    }

    @Override
    public boolean succeeded() {
        return false;
    }
}
