package org.kefu.complaint;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A complaint was found to repeat an earlier one of the same customer (by cause or by near-duplicate text). */
public record RepeatComplaintFound(String caseNumber, String earlierCaseNumber, String reason, double similarity,
                                   boolean linked) implements AuditableEvent {

    @Override
    public String action() {
        return "complaint.repeat-found";
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
        return Map.of("earlier", earlierCaseNumber, "reason", reason,
                "similarity", String.format(java.util.Locale.ROOT, "%.3f", similarity), "linked", linked);
    }
}
