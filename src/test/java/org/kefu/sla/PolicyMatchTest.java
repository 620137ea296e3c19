package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which policy a case gets: the first match in order; empty conditions match anything. */
class PolicyMatchTest {

    private static SlaPolicy policy(long id, String code, PolicyMatch match) {
        return new SlaPolicy(id, code, (int) id * 10, 1, code, match, null, null,
                new PolicyTarget(1, PolicyTarget.Unit.WORKING_DAYS), null, SlaPolicy.DEFAULT_WARNINGS, false,
                "test", Instant.EPOCH, "test");
    }

    private static PolicyMatch match(List<String> kinds, List<String> priorities, List<String> units) {
        return new PolicyMatch(kinds, List.of(), priorities, List.of(), List.of(), units);
    }

    private static PolicyMatch.Profile complaint(String priority, List<String> unitPath) {
        return new PolicyMatch.Profile("complaint", null, priority, "phone", null, unitPath);
    }

    private final SlaPolicy major = policy(1, "major", match(List.of(), List.of("P1"), List.of()));
    private final SlaPolicy complaints = policy(2, "complaint", match(List.of("complaint"), List.of(), List.of()));
    private final SlaPolicy beijing = policy(3, "bj-complaint", match(List.of("complaint"), List.of(), List.of("BJ")));
    private final SlaPolicy catchAll = policy(4, "default", match(List.of(), List.of(), List.of()));

    @Test
    void theFirstMatchInOrderWinsEvenWhenALaterOneIsMoreSpecific() {
        List<SlaPolicy> order = List.of(major, complaints, beijing, catchAll);
        assertThat(PolicyMatcher.first(order, complaint("P1", List.of("HQ", "BJ"))).orElseThrow().code())
                .isEqualTo("major");
        assertThat(PolicyMatcher.first(order, complaint("P3", List.of("HQ", "BJ"))).orElseThrow().code())
                .isEqualTo("complaint");
        List<SlaPolicy> reordered = List.of(major, beijing, complaints, catchAll);
        assertThat(PolicyMatcher.first(reordered, complaint("P3", List.of("HQ", "BJ", "BJ-HD"))).orElseThrow().code())
                .as("a unit's policy covers its sub-units").isEqualTo("bj-complaint");
        assertThat(PolicyMatcher.first(reordered, complaint("P3", List.of("HQ", "SH"))).orElseThrow().code())
                .isEqualTo("complaint");
    }

    @Test
    void theCatchAllTakesWhatNothingElseMatches() {
        PolicyMatch.Profile praise = new PolicyMatch.Profile("praise", null, "P4", "wechat", null, List.of("HQ"));
        assertThat(PolicyMatcher.first(List.of(major, complaints, catchAll), praise).orElseThrow().code())
                .isEqualTo("default");
        assertThat(PolicyMatcher.first(List.of(major, complaints), praise)).isEmpty();
    }

    @Test
    void aConditionOnAnUnknownValueDoesNotMatch() {
        PolicyMatch bySegment = new PolicyMatch(List.of(), List.of(), List.of(), List.of(), List.of("vip"), List.of());
        assertThat(bySegment.matches(complaint("P3", List.of("HQ")))).as("segment not known").isFalse();
        assertThat(bySegment.matches(new PolicyMatch.Profile("complaint", null, "P3", "phone", "vip", List.of())))
                .isTrue();
    }
}
