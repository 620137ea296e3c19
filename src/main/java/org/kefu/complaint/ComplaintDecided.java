package org.kefu.complaint;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** The decision on a complaint was recorded or changed; the amount stays out of the audit summary's text. */
public record ComplaintDecided(String caseNumber, long caseId, String outcome, String compensationState)
        implements AuditableEvent {

    @Override
    public String action() {
        return "complaint.decided";
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
        return Map.of("outcome", outcome, "compensation", compensationState);
    }
}
