package org.kefu.knowledge.assistant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Cases the assistant opened lately, by what identifies the request (card digits and mobile): a customer
 * who reports the same card again — a retry, a second tab, an impatient script — is given the case already
 * open instead of a new P1 case and a new SMS. In memory per node, at most {@code max} entries, each kept for
 * {@code keep}; stale ones go from the old end as new ones come (no scans).
 */
final class RecentCases {

    private record Opened(String number, Instant at) {
    }

    private final Duration keep;
    private final Clock clock;
    private final LinkedHashMap<String, Opened> opened;

    RecentCases(int max, Duration keep, Clock clock) {
        this.keep = keep;
        this.clock = clock;
        this.opened = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Opened> eldest) {
                return size() > max;
            }
        };
    }

    synchronized Optional<String> find(String key) {
        Instant since = clock.instant().minus(keep);
        Iterator<Opened> oldest = opened.values().iterator();
        for (int i = 0; i < 2 && oldest.hasNext(); i++) {
            if (oldest.next().at().isAfter(since)) {
                break;
            }
            oldest.remove();
        }
        Opened found = opened.get(key);
        return found != null && found.at().isAfter(since) ? Optional.of(found.number()) : Optional.empty();
    }

    /** Insertion order is the age order: a key opened again is moved to the new end. */
    synchronized void remember(String key, String number) {
        opened.remove(key);
        opened.put(key, new Opened(number, clock.instant()));
    }
}
