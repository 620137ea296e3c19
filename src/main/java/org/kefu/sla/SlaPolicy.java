package org.kefu.sla;

import java.time.Instant;
import java.util.List;

/**
 * One version of an SLA policy (R8.1: versions are never changed; an edit adds one). A null target is a
 * clock the policy does not run; a null {@code calendarCode} means the calendar of the case's unit and
 * channel. {@code warnings} are fractions of each target at which the timers warn before the breach.
 */
record SlaPolicy(long id, String code, int position, int version, String name, PolicyMatch match,
                 PolicyTarget firstResponse, PolicyTarget nextUpdate, PolicyTarget resolution, String calendarCode,
                 List<Double> warnings, boolean reassignOnEscalation, String author, Instant createdAt,
                 String reason) {

    static final List<Double> DEFAULT_WARNINGS = List.of(0.5, 0.75);

    SlaPolicy {
        warnings = List.copyOf(warnings);
    }

    /** The policy's target for one clock ({@code first_response}, {@code next_update}, {@code resolution}). */
    PolicyTarget target(String clock) {
        return switch (clock) {
            case CaseDeadlines.FIRST_RESPONSE -> firstResponse;
            case CaseDeadlines.NEXT_UPDATE -> nextUpdate;
            case CaseDeadlines.RESOLUTION -> resolution;
            default -> null;
        };
    }
}
