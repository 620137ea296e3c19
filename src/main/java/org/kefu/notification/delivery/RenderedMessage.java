package org.kefu.notification.delivery;

/** A template filled in: the subject is used by e-mail only. */
public record RenderedMessage(String subject, String body) {
}
