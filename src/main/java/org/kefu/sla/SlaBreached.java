package org.kefu.sla;

import java.time.Instant;
import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A case clock passed its deadline unmet; the escalation chain starts (level 1 follows as {@link EscalationRaised}). */
public record SlaBreached(String caseNumber, String clock, Instant deadline, String policyCode, int policyVersion,
                          String unit) implements AuditableEvent {

    @Override
    public String action() {
        return "sla.breached";
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
        return Map.of("clock", clock, "deadline", deadline.toString(), "policy",
                policyCode == null ? "" : policyCode + " v" + policyVersion, "unit", unit);
    }
}
