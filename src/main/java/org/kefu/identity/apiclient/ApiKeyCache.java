package org.kefu.identity.apiclient;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Channel-system keys as recently read from the database, by key hash (decision 0016): a busy channel
 * would otherwise cost a lookup per request. An entry lives {@code ttl}; a revocation on this node drops
 * its client's entries at once, a revocation on another node (or by hand in the database) takes effect
 * within {@code ttl}. Only valid keys are kept (a wrong key always reaches the database, so guessing
 * cannot fill the map), and past {@value #MAX_ENTRIES} keys the map starts over.
 * <p>
 * Each entry also remembers until when the client's use is known to be recorded (its {@code last_used_at}
 * is under a minute old), so that recording use costs no statement in between.
 */
final class ApiKeyCache {

    static final int MAX_ENTRIES = 10_000;
    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Per client id: until when (nano time) its use is known to be recorded. */
    private final Map<Long, Long> useRecordedUntil = new ConcurrentHashMap<>();
    private final long ttl;
    private final LongSupplier nanoTime;

    ApiKeyCache(Duration ttl, LongSupplier nanoTime) {
        this.ttl = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    private record Entry(ApiClientPrincipal principal, long readAt) {
    }

    Optional<ApiClientPrincipal> get(String keyHash) {
        Entry e = entries.get(keyHash);
        if (e == null || nanoTime.getAsLong() - e.readAt() >= ttl) {
            return Optional.empty();
        }
        return Optional.of(e.principal());
    }

    /** Keeps a principal just read; {@code usedAgo} is how long ago its use was last recorded (null: never). */
    void put(String keyHash, ApiClientPrincipal principal, Duration usedAgo) {
        if (ttl <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            clear();
        }
        long now = nanoTime.getAsLong();
        // What the database says wins over what this node remembers: it may have been recorded elsewhere.
        useRecordedUntil.put(principal.clientId(), usedAgo == null ? now : now + MINUTE - usedAgo.toNanos());
        entries.put(keyHash, new Entry(principal, now));
    }

    /** True if the client's use is known to be recorded within the last minute, so it need not be again. */
    boolean useRecentlyRecorded(long clientId) {
        Long until = useRecordedUntil.get(clientId);
        return until != null && nanoTime.getAsLong() - until < 0;
    }

    /** After recording (or finding recorded) a use now: no need to again for a minute. */
    void useRecorded(long clientId) {
        if (ttl > 0) {
            useRecordedUntil.put(clientId, nanoTime.getAsLong() + MINUTE);
        }
    }

    void forget(long clientId) {
        entries.values().removeIf(e -> e.principal().clientId() == clientId);
        useRecordedUntil.remove(clientId);
    }

    void clear() {
        entries.clear();
        useRecordedUntil.clear();
    }
}
