package org.kefu.identity.apiclient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;

/** Row mapping for api_client, kept apart so the service reads as rules. */
final class ApiClientRows {

    static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "created_at",
            "lastUsedAt", "last_used_at");

    private ApiClientRows() {
    }

    static ApiClient map(ResultSet rs, int row) throws SQLException {
        return new ApiClient(rs.getLong("id"), rs.getString("name"), rs.getString("kind"), rs.getString("channel"),
                rs.getLong("org_unit_id"), (Long) rs.getObject("owner_user_id"), rs.getString("key_prefix"),
                Arrays.asList((String[]) rs.getArray("permissions").getArray()), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class));
    }
}
