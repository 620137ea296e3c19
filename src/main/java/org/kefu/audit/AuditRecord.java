package org.kefu.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.kefu.platform.Actor;

/**
 * One entry being described, written by {@link #success()} or {@link #failure()}:
 *
 * <pre>{@code
 * auditTrail.record("customer.contact.changed").entity("customer", id).summary("fields", changed)
 *         .reason(form.reason()).success();
 * }</pre>
 *
 * The actor is the current one unless {@link #actor(Actor)} says otherwise. Not thread-safe; use once.
 */
public final class AuditRecord {

    private final AuditTrail trail;
    private final String action;
    private final Map<String, Object> summary = new LinkedHashMap<>();
    private String entityType;
    private String entityId;
    private String reason;
    private Actor actor;

    AuditRecord(AuditTrail trail, String action) {
        this.trail = trail;
        this.action = Objects.requireNonNull(action, "action");
    }

    public AuditRecord entity(String type, Object id) {
        this.entityType = type;
        this.entityId = id == null ? null : id.toString();
        return this;
    }

    /** Adds to the summary; values under keys that look sensitive are redacted when written. */
    public AuditRecord summary(String key, Object value) {
        summary.put(key, value);
        return this;
    }

    public AuditRecord summary(Map<String, ?> values) {
        summary.putAll(values);
        return this;
    }

    public AuditRecord reason(String reason) {
        this.reason = reason;
        return this;
    }

    /** For work done on someone's behalf, or by Kefu itself ({@link Actor#system()}). */
    public AuditRecord actor(Actor actor) {
        this.actor = actor;
        return this;
    }

    /** Writes the entry with outcome {@link AuditOutcome#SUCCESS} and returns its id. */
    public long success() {
        return trail.write(this, AuditOutcome.SUCCESS);
    }

    /** Writes the entry with outcome {@link AuditOutcome#FAILURE} and returns its id. */
    public long failure() {
        return trail.write(this, AuditOutcome.FAILURE);
    }

    String action() {
        return action;
    }

    String entityType() {
        return entityType;
    }

    String entityId() {
        return entityId;
    }

    Map<String, Object> summary() {
        return summary;
    }

    String reason() {
        return reason;
    }

    Actor actor() {
        return actor;
    }
}
