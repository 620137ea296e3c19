package org.kefu.complaint;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/**
 * A complaint was coded or recoded (channel, business type, cause and the rest of its record). Repeat
 * detection listens for it. The summary names codes only, never the customer's words or amounts.
 */
public record ComplaintCoded(String caseNumber, long caseId, String channelCode, String businessCode,
                             String causeCode) implements AuditableEvent {

    @Override
    public String action() {
        return "complaint.coded";
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
        return Map.of("channel", channelCode, "business", businessCode, "cause", causeCode);
    }
}
