package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A case was accepted. The summary names kind, channel, priority and unit, never the customer's data. */
public record CaseOpened(String number, CaseKind kind, CaseChannel channel, Priority priority, String unitCode,
                         String owner) implements AuditableEvent {

    @Override
    public String action() {
        return "case.opened";
    }

    @Override
    public String entityType() {
        return "case";
    }

    @Override
    public String entityId() {
        return number;
    }

    @Override
    public Map<String, Object> summary() {
        return Map.of("kind", JsonNames.of(kind), "channel", JsonNames.of(channel), "priority", priority.name(),
                "unit", unitCode == null ? "" : unitCode);
    }
}
