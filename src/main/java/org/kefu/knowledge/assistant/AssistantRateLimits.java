package org.kefu.knowledge.assistant;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j in memory, per node, like the portal's): messages per client address of the
 * portal widget, and FAILED status checks per case number whoever asks — the last four digits of a mobile
 * are only 10,000 values, so a case number must not take many guesses however many addresses ask, while
 * the customer who knows the digits is never locked out by someone else's guesses; and cases opened per
 * address of the portal widget (like the portal's submissions), as each is a P1 or a call-back and an SMS
 * to a mobile nobody verified. Memory is bounded
 * ({@link RecentBuckets}).
 */
@Component
class AssistantRateLimits {

    static final int MAX_TRACKED = 100_000;
    private static final Duration HOUR = Duration.ofHours(1);

    private final RecentBuckets byAddress;
    private final RecentBuckets byCase;
    private final RecentBuckets casesByAddress;

    @org.springframework.beans.factory.annotation.Autowired
    AssistantRateLimits(AssistantProperties properties) {
        this(properties, MAX_TRACKED);
    }

    AssistantRateLimits(AssistantProperties properties, int maxTracked) {
        this.byAddress = new RecentBuckets(perHour(properties.messagesPerHour()), maxTracked, HOUR, System::nanoTime);
        this.byCase = new RecentBuckets(perHour(properties.failedStatusChecksPerCasePerHour()), maxTracked, HOUR,
                System::nanoTime);
        this.casesByAddress = new RecentBuckets(perHour(properties.casesPerHour()), maxTracked, HOUR,
                System::nanoTime);
    }

    private static Bandwidth perHour(int count) {
        return Bandwidth.builder().capacity(count).refillGreedy(count, HOUR).build();
    }

    /** Seconds the address must wait before its next message; 0 when this one is allowed. */
    long waitForMessage(String address) {
        ConsumptionProbe probe = byAddress.of(address).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }

    /**
     * Reserves a check of the case number; false when it has had too many failed ones this hour. A check
     * that finds the case gives its reservation back ({@link #statusFound}), so only failures count — and
     * parallel guesses cannot all slip through before their failures are counted.
     */
    boolean mayCheckStatus(String caseNumber) {
        return byCase.of(caseNumber).tryConsume(1);
    }

    void statusFound(String caseNumber) {
        byCase.of(caseNumber).addTokens(1);
    }

    /** A case may be opened for the address (lost card, hand-off); counts it. */
    boolean mayOpenCase(String address) {
        return casesByAddress.of(address).tryConsume(1);
    }

    int tracked() {
        return byAddress.size() + byCase.size() + casesByAddress.size();
    }
}
