package org.kefu.complaint;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/**
 * A complaint was coded or recoded (channel, business type, cause and the rest of its record). Repeat
 * detection listens for it. The summary names codes only, never the customer's words or amounts; it also says
 * whether the staff member complained about changed, and who it is now (a staff username, which decides
 * recusal, not customer data; empty when nobody is named).
 */
public record ComplaintCoded(String caseNumber, long caseId, String channelCode, String businessCode,
                             String causeCode, boolean subjectStaffChanged, String subjectStaff)
        implements AuditableEvent {

    /** A coding that left the subject staff as it was. */
    public ComplaintCoded(String caseNumber, long caseId, String channelCode, String businessCode, String causeCode) {
        this(caseNumber, caseId, channelCode, businessCode, causeCode, false, null);
    }

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
        return Map.of("channel", channelCode, "business", businessCode, "cause", causeCode,
                "subjectStaffChanged", subjectStaffChanged, "subjectStaff", subjectStaff == null ? "" : subjectStaff);
    }
}
