package org.kefu.sla;

import java.time.Instant;
import java.util.List;

/**
 * One running clock of a case as the policy side hands it to the timers: when it started, when it is due,
 * the instants of the early warnings (already converted from fractions of the target through the
 * calendar), and whether escalation also reassigns the case.
 *
 * @param clock {@code first_response}, {@code next_update}, {@code resolution} or {@code regulatory}
 */
public record CaseDeadline(long caseId, String caseNumber, String clock, Instant startedAt, Instant dueAt,
                           List<Instant> warnings, String policyCode, int policyVersion,
                           boolean reassignOnEscalation) {

    public CaseDeadline {
        warnings = List.copyOf(warnings);
    }
}
