package org.kefu.knowledge.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bandwidth;
import org.junit.jupiter.api.Test;

/** The limits count what they should and keep bounded memory (no Spring). */
class AssistantRateLimitsTests {

    private final AssistantRateLimits limits = new AssistantRateLimits(
            new AssistantProperties(Duration.ofMinutes(30), 120, 5, 10, Duration.ofMinutes(30)), 1_000);

    @Test
    void onlyFailedStatusChecksCount() {
        String number = "KF-20261127-000042";
        for (int i = 0; i < 20; i++) {
            // The customer who knows the digits checks as often as they like.
            assertThat(limits.mayCheckStatus(number)).isTrue();
            limits.statusFound(number);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(limits.mayCheckStatus(number)).isTrue();
        }
        assertThat(limits.mayCheckStatus(number)).isFalse();
        assertThat(limits.mayCheckStatus("KF-20261127-000043")).isTrue();
    }

    @Test
    void memoryIsBoundedBySizeAndByTime() {
        for (int i = 0; i < 5_000; i++) {
            limits.waitForMessage("10.0." + i);
            limits.mayCheckStatus("KF-20261127-" + i);
        }
        assertThat(limits.tracked()).isLessThanOrEqualTo(3_000);

        AtomicLong now = new AtomicLong();
        RecentBuckets buckets = new RecentBuckets(Bandwidth.builder().capacity(1)
                .refillGreedy(1, Duration.ofHours(1)).build(), 1_000, Duration.ofHours(1), now::get);
        for (int i = 0; i < 100; i++) {
            buckets.of("old-" + i);
        }
        now.addAndGet(Duration.ofMinutes(61).toNanos());
        for (int i = 0; i < 60; i++) {
            buckets.of("new-" + i);
        }
        // Each use dropped up to two expired keys at the old end: 100 - 120 → none of the old left.
        assertThat(buckets.size()).isEqualTo(60);
    }
}
