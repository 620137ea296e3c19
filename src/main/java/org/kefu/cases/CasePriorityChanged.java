package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** Someone regraded a case; lowering it took a supervisor. */
public record CasePriorityChanged(String number, Priority from, Priority to, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "case.priority-changed";
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
        return Map.of("from", from.name(), "to", to.name());
    }
}
