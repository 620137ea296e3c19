package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A file was attached to a case. The audit trail names it and its size and type; the content never. */
public record CaseAttachmentAdded(String number, long attachmentId, String fileName, String type, long size)
        implements AuditableEvent {

    @Override
    public String action() {
        return "case.attachment.added";
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
        return Map.of("attachment", attachmentId, "fileName", fileName, "type", type, "size", size);
    }
}
