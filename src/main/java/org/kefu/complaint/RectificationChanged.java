package org.kefu.complaint;

import java.util.List;
import java.util.Map;

import org.kefu.platform.AuditableEvent;

/**
 * A rectification action was added, done, verified or escalated as overdue ({@code step}: added, done,
 * verified, escalated); {@code people} are the owner, the verifier or who was told.
 */
public record RectificationChanged(String caseNumber, long rectificationId, String step, int level, List<String> people)
        implements AuditableEvent {

    @Override
    public String action() {
        return "complaint.rectification-" + step;
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
        return Map.of("rectification", rectificationId, "level", level, "people", String.join(",", people));
    }
}
