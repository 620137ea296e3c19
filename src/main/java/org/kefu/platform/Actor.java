package org.kefu.platform;

import java.util.Set;

/**
 * Who is acting: a signed-in staff member, a channel system calling with an API key, or Kefu itself
 * (scheduled work). What audit records and what data scope checks are made against.
 *
 * @param id          the user name or API client name; {@code "system"} for Kefu itself
 * @param orgUnitId   the unit the actor belongs to (null for the system)
 * @param orgUnitCode that unit's code, for people reading audit trails
 * @param ip          the client address of the current request, when there is one
 */
public record Actor(Type type, String id, Long orgUnitId, String orgUnitCode, String ip, Set<String> permissions,
                    DataScope scope) {

    public enum Type { USER, API_CLIENT, SYSTEM, ANONYMOUS }

    public static Actor system() {
        return new Actor(Type.SYSTEM, "system", null, null, null, Set.of(), DataScope.all());
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }
}
