package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** The receiver accepted a hand-over: {@code to} owns the case now, in {@code unit}. */
public record CaseHandedOver(String number, String from, String to, String unit, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "case.handed-over";
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
        return Map.of("from", from, "to", to, "unit", unit == null ? "" : unit);
    }
}
