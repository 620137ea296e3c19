package org.kefu.complaint;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** The root cause of a complaint was recorded or changed; the analysis text stays out of the audit summary. */
public record RootCauseRecorded(String caseNumber, String category) implements AuditableEvent {

    @Override
    public String action() {
        return "complaint.root-cause-recorded";
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
        return Map.of("category", category);
    }
}
