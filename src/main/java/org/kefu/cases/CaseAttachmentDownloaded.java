package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/**
 * Someone read an attachment: evidence a customer sent may hold personal data, so every read is on the
 * record (who, which case, which file, how large), like a revealed field.
 */
public record CaseAttachmentDownloaded(String number, long attachmentId, String fileName, long size)
        implements AuditableEvent {

    @Override
    public String action() {
        return "case.attachment.downloaded";
    }

    @Override
    public String entityType() {
        return "case";
    }

    @Override
    public String entityId() {
        return number;
    }

    @Override
    public Map<String, Object> summary() {
        return Map.of("attachment", attachmentId, "fileName", fileName, "size", size);
    }
}
