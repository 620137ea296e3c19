package org.kefu.identity.apiclient;

import java.util.Map;

import org.kefu.platform.AuditableEvent;
import java.util.Collection;

/** Creation, revocation and use of API keys, for the audit trail (the key itself never). */
record ApiClientEvent(String action, String name, Map<String, Object> summary) implements AuditableEvent {

    static ApiClientEvent created(String name, long orgUnitId, Collection<String> permissions) {
        return new ApiClientEvent("identity.api-key.created", name,
                Map.of("orgUnitId", orgUnitId, "permissions", String.join(",", permissions)));
    }

    static ApiClientEvent revoked(String name) {
        return new ApiClientEvent("identity.api-key.revoked", name, Map.of());
    }

    static ApiClientEvent used(String name) {
        return new ApiClientEvent("identity.api-key.used", name, Map.of());
    }

    @Override
    public String entityType() {
        return "api-client";
    }

    @Override
    public String entityId() {
        return name;
    }
}
