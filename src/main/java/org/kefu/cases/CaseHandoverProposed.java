package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** The owner proposed to hand the case over (R2.2); until the receiver accepts, the owner still owns it. The reason stays on the timeline. */
public record CaseHandoverProposed(String number, String from, String toUser, String toUnit, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "case.handover-proposed";
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
        return Map.of("from", from, "toUser", toUser == null ? "" : toUser, "toUnit", toUnit == null ? "" : toUnit);
    }
}
