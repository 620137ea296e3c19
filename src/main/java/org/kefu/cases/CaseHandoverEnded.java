package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A pending hand-over ended without a new owner: declined by the receiver or withdrawn by the owner. */
public record CaseHandoverEnded(String number, String outcome, String by, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "case.handover-" + outcome;
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
        return Map.of("by", by);
    }
}
