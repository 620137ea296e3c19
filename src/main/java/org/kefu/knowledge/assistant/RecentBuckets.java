package org.kefu.knowledge.assistant;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Token buckets per key (an address, a case number) with bounded memory: at most {@code max} keys, least
 * recently used dropped first, and a key unused for {@code keep} (the time a bucket takes to refill) is
 * dropped as it reaches the old end — so each use costs O(1), never a scan of every key. Dropping an unused
 * key loses nothing: its bucket would be full again anyway.
 */
final class RecentBuckets {

    private static final class Entry {
        final Bucket bucket;
        long touched;

        Entry(Bucket bucket) {
            this.bucket = bucket;
        }
    }

    private final Bandwidth limit;
    private final long keepNanos;
    private final LongSupplier nanoTime;
    private final LinkedHashMap<String, Entry> entries;

    RecentBuckets(Bandwidth limit, int max, Duration keep, LongSupplier nanoTime) {
        this.limit = limit;
        this.keepNanos = keep.toNanos();
        this.nanoTime = nanoTime;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > max;
            }
        };
    }

    /** The key's bucket, created full when the key is new (or was dropped). */
    synchronized Bucket of(String key) {
        long now = nanoTime.getAsLong();
        // A couple of expired keys at the old end go with every use: the map never holds many stale ones.
        Iterator<Entry> oldest = entries.values().iterator();
        for (int i = 0; i < 2 && oldest.hasNext(); i++) {
            if (now - oldest.next().touched < keepNanos) {
                break;
            }
            oldest.remove();
        }
        Entry entry = entries.get(key);
        if (entry == null) {
            entry = new Entry(Bucket.builder().addLimit(limit).build());
            entries.put(key, entry);
        }
        entry.touched = now;
        return entry.bucket;
    }

    synchronized int size() {
        return entries.size();
    }
}
