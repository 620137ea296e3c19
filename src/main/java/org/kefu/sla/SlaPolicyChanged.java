package org.kefu.sla;

import java.util.Map;

/** A policy was created, edited (a new version), reordered, or re-applied to a case. */
public record SlaPolicyChanged(String code, int version, String change, String reason, String caseNumber)
        implements org.kefu.platform.AuditableEvent {

    @Override
    public String action() {
        return "sla.policy." + change;
    }

    @Override
    public String entityType() {
        return caseNumber == null ? "sla-policy" : "case";
    }

    @Override
    public String entityId() {
        return caseNumber == null ? code : caseNumber;
    }

    @Override
    public Map<String, Object> summary() {
        return Map.of("policy", code == null ? "" : code, "version", version);
    }
}
