package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A duplicate case was merged into its primary and cancelled. */
public record CaseMerged(String number, String into) implements AuditableEvent {

    @Override
    public String action() {
        return "case.merged";
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
        return Map.of("into", into);
    }
}
