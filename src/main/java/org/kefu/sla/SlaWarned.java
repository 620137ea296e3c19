package org.kefu.sla;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A case clock reached one of its warnings; {@code notified} are the staff told (the owner, else the supervisors). */
public record SlaWarned(String caseNumber, String clock, String step, Instant deadline, List<String> notified)
        implements AuditableEvent {

    @Override
    public String action() {
        return "sla.warned";
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
        return Map.of("clock", clock, "step", step, "deadline", deadline.toString(), "notified", notified);
    }
}
