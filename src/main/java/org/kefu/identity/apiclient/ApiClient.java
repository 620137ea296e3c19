package org.kefu.identity.apiclient;

import java.time.OffsetDateTime;
import java.util.List;

/** An API client as administrators see it: never the key, only its first characters. */
public record ApiClient(long id, String name, String kind, String channel, long orgUnitId, Long ownerUserId,
                        String keyPrefix, List<String> permissions, String createdBy, OffsetDateTime createdAt,
                        OffsetDateTime revokedAt, OffsetDateTime lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
