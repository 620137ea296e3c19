package org.kefu.cases;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** Two related cases were linked (the event is registered for each of them). */
public record CaseLinked(String number, String other) implements AuditableEvent {

    @Override
    public String action() {
        return "case.linked";
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
        return Map.of("other", other);
    }
}
