package org.kefu.sla;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kefu.platform.AuditableEvent;

/**
 * A breached case clock reached a level of the chain (1 supervisors, 2 unit head, 3 head office);
 * {@code notified} must acknowledge by {@code acknowledgeBy} or the next level is raised. Empty
 * {@code notified}: nobody holds the level in the unit's line, and the chain went straight on.
 */
public record EscalationRaised(long escalationId, String caseNumber, String clock, int level, List<String> notified,
                               Instant acknowledgeBy, String reassignedTo) implements AuditableEvent {

    @Override
    public String action() {
        return "sla.escalation.raised";
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
        return Map.of("escalation", escalationId, "clock", clock, "level", level, "notified", notified,
                "acknowledgeBy", acknowledgeBy.toString(), "reassignedTo", reassignedTo == null ? "" : reassignedTo);
    }
}
