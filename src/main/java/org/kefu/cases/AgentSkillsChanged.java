package org.kefu.cases;

import java.util.List;
import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A supervisor changed the case categories an agent handles (what routing gives them). */
public record AgentSkillsChanged(String username, List<String> before, List<String> after) implements AuditableEvent {

    @Override
    public String action() {
        return "case.skills-changed";
    }

    @Override
    public String entityType() {
        return "user";
    }

    @Override
    public String entityId() {
        return username;
    }

    @Override
    public Map<String, Object> summary() {
        return Map.of("before", String.join(",", before), "after", String.join(",", after));
    }
}
