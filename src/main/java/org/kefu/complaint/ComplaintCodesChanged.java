package org.kefu.complaint;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** The coding lists changed: a code created, updated or deactivated ({@code what} dimension:code), or a CSV import. */
public record ComplaintCodesChanged(String change, String what, int rows) implements AuditableEvent {

    @Override
    public String action() {
        return "complaint.codes." + change;
    }

    @Override
    public String entityType() {
        return "complaint-code";
    }

    @Override
    public String entityId() {
        return what;
    }

    @Override
    public Map<String, Object> summary() {
        return Map.of("rows", rows);
    }
}
