package org.kefu.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;

/** Row mapping for users, kept apart so the service reads as rules. */
final class UserRows {

    private UserRows() {
    }

    static StaffUser map(ResultSet rs, int row) throws SQLException {
        return new StaffUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getLong("org_unit_id"), rs.getString("code"), rs.getBoolean("enabled"),
                rs.getBoolean("totp_enabled"), rs.getObject("locked_until", OffsetDateTime.class),
                Arrays.asList((String[]) rs.getArray("roles").getArray()), rs.getInt("version"));
    }
}
