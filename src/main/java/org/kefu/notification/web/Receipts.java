package org.kefu.notification.web;

import org.kefu.notification.delivery.MessageStore;
import org.kefu.notification.delivery.NotificationFailed;
import org.kefu.platform.ConflictException;
import org.kefu.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies delivery receipts: only a SENT message can become DELIVERED or FAILED; a repeat of the same word is harmless. */
@Service
class Receipts {

    private final MessageStore store;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Receipts(MessageStore store, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.store = store;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    void record(long messageId, boolean delivered, String vendorReason) {
        String status = store.vendorStatusOf(messageId).orElseThrow(() -> new NotFoundException("message", messageId));
        String wanted = delivered ? "DELIVERED" : "FAILED";
        if (status.equals(wanted)) {
            return;
        }
        if (!status.equals("SENT")) {
            throw new ConflictException("notification.receipt.not-sent", status);
        }
        if (delivered) {
            store.markDelivered(messageId);
            return;
        }
        String reason = "vendor: " + sanitise(vendorReason);
        var row = jdbc.sql("select channel, template_key, correlation, attempts from notification_message where id = ?")
                .param(messageId).query((rs, n) -> new NotificationFailed(messageId, rs.getString("channel"),
                        rs.getString("template_key"), rs.getString("correlation"), rs.getInt("attempts"), reason))
                .single();
        store.markFailed(messageId, row.attempts(), reason);
        events.publishEvent(row);
    }

    /** Vendors' reasons are codes; anything that could be a number or an address is starred out. */
    static String sanitise(String reason) {
        if (reason == null || reason.isBlank()) {
            return "no reason given";
        }
        return reason.replaceAll("\\S*@\\S*", "***").replaceAll("\\+?\\d[\\d -]{4,}\\d", "***").strip();
    }
}
