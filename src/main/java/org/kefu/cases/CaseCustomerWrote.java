package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/**
 * The customer added information to their case through the portal. The text stays on the case's
 * timeline; the audit trail records only that there was one and how long it was.
 */
public record CaseCustomerWrote(String number, int length) implements AuditableEvent {

    @Override
    public String action() {
        return "case.customer-wrote";
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
        return Map.of("channel", "portal", "length", length);
    }
}
