package org.kefu.identity;

import java.time.OffsetDateTime;
import java.util.List;

/** A staff user as administrators and other modules see them (no credentials). */
public record StaffUser(long id, String username, String displayName, long orgUnitId, String orgUnitCode,
                        boolean enabled, boolean totpEnabled, OffsetDateTime lockedUntil, List<String> roles,
                        int version) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now());
    }
}
