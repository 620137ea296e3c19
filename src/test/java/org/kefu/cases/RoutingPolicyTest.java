package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Routing on its own: skill, then load, then whose turn it is. */
class RoutingPolicyTest {

    private static final List<String> LOST_CARD = List.of("cards.lost", "cards");
    private static final Instant EARLIER = Instant.parse("2026-11-27T01:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-27T02:00:00Z");

    private static RoutingPolicy.Candidate agent(String name, String skill, int open, Instant last) {
        return new RoutingPolicy.Candidate(name, Set.of(skill), open, last);
    }

    @Test
    void theLeastLoadedSkilledAgentGetsTheCase() {
        assertThat(RoutingPolicy.pick(LOST_CARD, List.of(agent("a", "cards.lost", 3, null),
                agent("b", "cards.lost", 1, LATER), agent("c", "cards.lost", 2, null)))).contains("b");
    }

    @Test
    void amongEquallyLoadedAgentsTheOneAssignedLeastRecentlyGetsIt() {
        assertThat(RoutingPolicy.pick(LOST_CARD, List.of(agent("a", "cards.lost", 1, LATER),
                agent("b", "cards.lost", 1, EARLIER)))).contains("b");
        assertThat(RoutingPolicy.pick(LOST_CARD, List.of(agent("a", "cards.lost", 1, EARLIER),
                agent("b", "cards.lost", 1, null)))).as("never assigned comes first").contains("b");
    }

    @Test
    void aSkillOnTheParentCategoryCoversItsChildren() {
        assertThat(RoutingPolicy.pick(LOST_CARD, List.of(agent("loans", "loans", 0, null),
                agent("cards", "cards", 5, null)))).contains("cards");
    }

    @Test
    void withoutAnEligibleAgentOrACategoryTheCaseStaysInTheQueue() {
        assertThat(RoutingPolicy.pick(LOST_CARD, List.of(agent("a", "loans", 0, null),
                agent("b", "cards.credit-limit", 0, null)))).isEmpty();
        assertThat(RoutingPolicy.pick(LOST_CARD, List.of())).isEmpty();
        assertThat(RoutingPolicy.pick(List.of(), List.of(agent("a", "cards", 0, null)))).isEmpty();
    }
}
