package org.kefu.sla;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** An extension of a regulatory clock was granted on record, or asked for and awaits a second person. */
public record ClockExtensionRequested(String caseNumber, long extensionId, String jurisdiction, int level, int days,
                                      String state, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "sla.extension.requested";
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
        return Map.of("extension", extensionId, "jurisdiction", jurisdiction, "level", level, "days", days,
                "state", state);
    }
}
