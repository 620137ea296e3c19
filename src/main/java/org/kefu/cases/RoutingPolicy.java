package org.kefu.cases;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who gets an unowned case of a unit: among the unit's active workers holding a skill on the case's
 * category or one of its parents, the one with the fewest open cases; among equals, the one assigned
 * least recently (never assigned first), so that work goes round. Nobody eligible: the case stays in the
 * unit's queue. A case without a category is not routed: someone has to triage it first.
 */
final class RoutingPolicy {

    private RoutingPolicy() {
    }

    /** A worker as routing sees them; {@code lastAssignedAt} is null if they never got a case. */
    record Candidate(String username, Set<String> skills, int openCases, Instant lastAssignedAt) {
    }

    /** {@code lineage}: the category code followed by its ancestors' codes; empty for no category. */
    static Optional<String> pick(List<String> lineage, List<Candidate> candidates) {
        if (lineage.isEmpty()) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(c -> lineage.stream().anyMatch(c.skills()::contains))
                .min(Comparator.comparingInt(Candidate::openCases)
                        .thenComparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Candidate::username))
                .map(Candidate::username);
    }
}
