package org.kefu.identity;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** Changes to staff accounts and their permissions, for the audit trail. Never a password. */
record UserEvent(String action, String username, Map<String, Object> summary, String reason)
        implements AuditableEvent {

    @Override
    public String entityType() {
        return "user";
    }

    @Override
    public String entityId() {
        return username;
    }
}
