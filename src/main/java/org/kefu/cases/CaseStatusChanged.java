package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A step of the lifecycle; {@code reason} is the cancel or reopen reason where one was given. */
public record CaseStatusChanged(String number, String step, CaseStatus from, CaseStatus to, String reason)
        implements AuditableEvent {

    @Override
    public String action() {
        return "case.status-changed";
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
        return Map.of("step", step, "from", JsonNames.of(from), "to", JsonNames.of(to));
    }
}
