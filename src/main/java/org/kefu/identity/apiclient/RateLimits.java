package org.kefu.identity.apiclient;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets per API client and per sign-in address (Bucket4j, in memory per node: with N nodes the
 * effective limit is N times higher, which still stops a runaway client or a password-guessing script).
 * Past 100,000 tracked callers, buckets that are full again (idle callers) are dropped, so the maps cannot
 * grow without bound while busy callers keep their counts.
 */
@Component
public class RateLimits {

    private static final int MAX_TRACKED = 100_000;
    private final Map<Long, Bucket> clients = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final Bandwidth perClient;
    private final Bandwidth perSignInAddress;

    RateLimits(@Value("${kefu.api.rate-limit.capacity:200}") int capacity,
               @Value("${kefu.api.rate-limit.per-second:100}") int perSecond,
               org.kefu.identity.signin.SignInPolicy policy) {
        int signInsPerMinute = policy.attemptsPerMinute();
        this.perClient = Bandwidth.builder().capacity(capacity).refillGreedy(perSecond, Duration.ofSeconds(1)).build();
        this.perSignInAddress = Bandwidth.builder().capacity(signInsPerMinute)
                .refillIntervally(signInsPerMinute, Duration.ofMinutes(1)).build();
    }

    /** Seconds to wait before the client may call again; 0 when this call is allowed. */
    public long apiClient(long clientId) {
        return consume(clients, clientId, perClient);
    }

    public long signIn(String address) {
        return consume(addresses, address, perSignInAddress);
    }

    private static <K> long consume(Map<K, Bucket> buckets, K key, Bandwidth bandwidth) {
        if (buckets.size() > MAX_TRACKED) {
            // Drop only buckets that are full again (idle callers); a busy caller keeps its count.
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= bandwidth.getCapacity());
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(bandwidth).build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }
}
