package org.kefu.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kefu.platform.Actor;

/**
 * Staff as other modules need them to hand out work: who in a unit may take it now, and a user as the
 * actor they would be when signed in (unit, permissions, data scope). Disabled and locked users are not
 * found: work must not be routed to someone who cannot sign in.
 */
public interface StaffDirectory {

    /** Usernames of the enabled, unlocked users of exactly {@code unitId} holding {@code permission}, sorted. */
    List<String> activeHoldersOf(long unitId, String permission);

    /** The enabled, unlocked user as an actor (no client address); empty for anyone else. */
    Optional<Actor> actorOf(String username);

    /**
     * Whom {@code username} reports to directly (their line manager), whether or not those can sign in now:
     * recusal must keep a disabled manager out as well. Empty for someone without a reporting line or unknown.
     */
    Set<String> managersOf(String username);

    /** Whether a user of that name exists, enabled or not (a complaint may name a former colleague). */
    boolean exists(String username);
}
