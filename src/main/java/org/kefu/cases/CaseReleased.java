package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/**
 * The case was taken away from its owner because another module's rule now keeps them away from it
 * (recusal); it went back to its unit's queue, or routing gave it to someone else right after.
 */
public record CaseReleased(String number, String from, String unit, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "case.released";
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
        return Map.of("from", from == null ? "" : from, "unit", unit == null ? "" : unit);
    }
}
