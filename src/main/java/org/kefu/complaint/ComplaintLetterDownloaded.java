package org.kefu.complaint;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A letter was downloaded, by staff or by the verified customer on the portal ({@code by}). */
public record ComplaintLetterDownloaded(String caseNumber, long letterId, String kind, String by)
        implements AuditableEvent {

    @Override
    public String action() {
        return "complaint.letter.downloaded";
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
        return Map.of("letter", letterId, "kind", kind, "by", by);
    }
}
