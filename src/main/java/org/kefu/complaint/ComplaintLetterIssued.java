package org.kefu.complaint;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A letter was issued to the complainant. The summary names the letter, never its content or the customer. */
public record ComplaintLetterIssued(String caseNumber, long letterId, String kind, String locale, String sha256)
        implements AuditableEvent {

    @Override
    public String action() {
        return "complaint.letter.issued";
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
        return Map.of("letter", letterId, "kind", kind, "locale", locale, "sha256", sha256);
    }
}
