package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A reply or internal note. The text stays on the case; the audit trail records only that there was one. */
public record CaseReplied(String number, String text, boolean visibleToCustomer) implements AuditableEvent {

    @Override
    public String action() {
        return "case.replied";
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
        return Map.of("visibleToCustomer", visibleToCustomer);
    }
}
