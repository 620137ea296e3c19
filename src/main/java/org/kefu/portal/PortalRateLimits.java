package org.kefu.portal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client address for the portal's public forms (Bucket4j in memory, as the identity
 * module's sign-in limit: per node, which still stops a script submitting cases, sending codes to a
 * victim's phone or guessing codes). Buckets that are full again are dropped past 100,000 addresses.
 */
@Component
class PortalRateLimits {

    enum Action { SUBMIT, REQUEST_CODE, VERIFY }

    private static final int MAX_TRACKED = 100_000;
    private final Map<Action, Bandwidth> limits;
    private final Map<Action, Map<String, Bucket>> buckets = Map.of(Action.SUBMIT, new ConcurrentHashMap<>(),
            Action.REQUEST_CODE, new ConcurrentHashMap<>(), Action.VERIFY, new ConcurrentHashMap<>());

    PortalRateLimits(PortalProperties properties) {
        this.limits = Map.of(Action.SUBMIT, perHour(properties.submissionsPerHour()),
                Action.REQUEST_CODE, perHour(properties.codeRequestsPerHour()),
                Action.VERIFY, perHour(properties.verificationsPerHour()));
    }

    private static Bandwidth perHour(int count) {
        return Bandwidth.builder().capacity(count).refillGreedy(count, Duration.ofHours(1)).build();
    }

    /** Seconds to wait before {@code address} may do this again; 0 when this one is allowed. */
    long waitFor(Action action, String address) {
        Bandwidth limit = limits.get(action);
        Map<String, Bucket> ofAction = buckets.get(action);
        if (ofAction.size() > MAX_TRACKED) {
            ofAction.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit.getCapacity());
        }
        ConsumptionProbe probe = ofAction.computeIfAbsent(address,
                k -> Bucket.builder().addLimit(limit).build()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }
}
