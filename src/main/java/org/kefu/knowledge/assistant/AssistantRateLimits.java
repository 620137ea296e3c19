package org.kefu.knowledge.assistant;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j in memory, per node, like the portal's): messages per client address of the
 * portal widget, and status checks per case number whoever asks — the last four digits of a mobile are
 * only 10,000 values, so a case number must not take many guesses however many addresses ask.
 * Full buckets are dropped past 100,000 keys.
 */
@Component
class AssistantRateLimits {

    private static final int MAX_TRACKED = 100_000;
    private final Bandwidth messages;
    private final Bandwidth statusChecks;
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byCase = new ConcurrentHashMap<>();

    AssistantRateLimits(AssistantProperties properties) {
        this.messages = perHour(properties.messagesPerHour());
        this.statusChecks = perHour(properties.statusChecksPerCasePerHour());
    }

    private static Bandwidth perHour(int count) {
        return Bandwidth.builder().capacity(count).refillGreedy(count, Duration.ofHours(1)).build();
    }

    /** Seconds the address must wait before its next message; 0 when this one is allowed. */
    long waitForMessage(String address) {
        ConsumptionProbe probe = take(byAddress, messages, address);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }

    boolean mayCheckStatus(String caseNumber) {
        return take(byCase, statusChecks, caseNumber).isConsumed();
    }

    private static ConsumptionProbe take(Map<String, Bucket> buckets, Bandwidth limit, String key) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit.getCapacity());
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit).build())
                .tryConsumeAndReturnRemaining(1);
    }
}
