package org.kefu.sla;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** Someone at the current level took the breached case on: the chain stops climbing. */
public record EscalationAcknowledged(long escalationId, String caseNumber, String clock, int level, String by)
        implements AuditableEvent {

    @Override
    public String action() {
        return "sla.escalation.acknowledged";
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
        return Map.of("escalation", escalationId, "clock", clock, "level", level, "by", by);
    }
}
