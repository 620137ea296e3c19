package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** An attempt to reach the customer; the note stays on the case, the audit trail records channel and outcome. */
public record CaseContactRecorded(String number, String channel, String outcome, Integer rating, String note) implements AuditableEvent {

    @Override
    public String action() {
        return "case.contact-recorded";
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
        return Map.of("channel", channel, "outcome", outcome);
    }
}
