package org.kefu.platform;

import java.util.Map;

/**
 * Something that must appear in the audit trail. Any module publishes it with Spring's
 * {@code ApplicationEventPublisher}; the audit module records it synchronously, inside the publisher's
 * transaction, so the change and its audit entry commit or roll back together. Modules that depend on
 * the audit module may also call it directly.
 *
 * <p>{@link #summary()} describes the change for a reader; the audit module strips anything that looks
 * like personal data or a secret, but callers should not put such values there in the first place.
 */
public interface AuditableEvent {

    /** Stable, dotted action name, e.g. {@code crypto.reencryption.started}. */
    String action();

    /** The kind of record acted on, e.g. {@code reencryption-job}; null when none. */
    String entityType();

    /** The record's id as text; null when none. */
    String entityId();

    default Map<String, Object> summary() {
        return Map.of();
    }

    /** The reason the actor gave, where one was asked for. */
    default String reason() {
        return null;
    }

    /** Whether the action succeeded (a failed sign-in is audited too). */
    default boolean succeeded() {
        return true;
    }
}
