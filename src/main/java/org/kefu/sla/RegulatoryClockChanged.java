package org.kefu.sla;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A complaint was put under another jurisdiction's clock ({@code changed}), or its clock restarted for new facts. */
public record RegulatoryClockChanged(String caseNumber, String jurisdiction, String change, String reason)
        implements AuditableEvent {

    @Override
    public String action() {
        return "sla.regulatory-clock." + change;
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
        return Map.of("jurisdiction", jurisdiction);
    }
}
