package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** The case got a new owner without a hand-over: routing, an agent taking it from the queue, or a supervisor's reassignment. */
public record CaseAssigned(String number, String from, String to, String unit, String how, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "case.assigned";
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
        return Map.of("from", from == null ? "" : from, "to", to, "unit", unit == null ? "" : unit, "how", how);
    }
}
