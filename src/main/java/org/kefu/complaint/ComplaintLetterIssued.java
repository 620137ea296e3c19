package org.kefu.complaint;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/**
 * A letter was issued to the complainant. The entity is the letter (it is written after the case's own change
 * committed, so the case's entries stay those of that change); the summary names the case and the letter,
 * never its content or the customer.
 */
public record ComplaintLetterIssued(String caseNumber, long letterId, String kind, String locale, String sha256)
        implements AuditableEvent {

    @Override
    public String action() {
        return "complaint.letter.issued";
    }

    @Override
    public String entityType() {
        return "complaint_letter";
    }

    @Override
    public String entityId() {
        return String.valueOf(letterId);
    }

    /**
     * The digest as {@code sha256-<base64>} (the Subresource Integrity form): in hex, a run of digits in a digest
     * can look like a card or mobile number to the audit trail's personal-data filter, which would blank it.
     */
    @Override
    public Map<String, Object> summary() {
        return Map.of("case", caseNumber, "kind", kind, "locale", locale, "integrity", integrity(sha256));
    }

    static String integrity(String sha256Hex) {
        return "sha256-" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(sha256Hex));
    }
}
