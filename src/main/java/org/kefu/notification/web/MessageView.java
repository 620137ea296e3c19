package org.kefu.notification.web;

import java.time.Instant;

/** One message in the delivery log, as support sees it: the recipient masked, the failure reason plain. */
public record MessageView(long id, String channel, String recipient, String template, String locale,
                          String correlation, String status, int attempts, String failureReason, Instant createdAt,
                          Instant sentAt, Instant deliveredAt, Instant failedAt) {
}
