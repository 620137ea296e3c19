package org.kefu.sla;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** The checker approved or rejected an extension that needed approval. */
public record ClockExtensionDecided(String caseNumber, long extensionId, boolean approved, String requestedBy)
        implements AuditableEvent {

    @Override
    public String action() {
        return "sla.extension.decided";
    }

    @Override
    public String entityType() {
        return "case";
    }

    @Override
    public String entityId() {
        return caseNumber;
    }

    @Override
    public Map<String, Object> summary() {
        return Map.of("extension", extensionId, "approved", approved, "requestedBy", requestedBy);
    }
}
