package org.kefu.identity.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The key cache's promises: a revocation elsewhere counts within the window, use is recorded once a minute. */
class ApiKeyCacheTests {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final ApiKeyCache cache = new ApiKeyCache(Duration.ofSeconds(5), clock::get);
    private final ApiClientPrincipal channel = new ApiClientPrincipal(7, "wechat", 1, Set.of("cases.create"));

    private void advance(Duration d) {
        clock.addAndGet(d.toNanos());
    }

    @Test
    void aKeyRevokedOnAnotherNodeIsReadAgainWithinTheWindow() {
        cache.put("h", channel, null);
        advance(Duration.ofMillis(4_999));
        assertThat(cache.get("h")).as("within the window the remembered key stands").contains(channel);
        advance(Duration.ofMillis(1));
        assertThat(cache.get("h")).as("at the window's end the database is asked again").isEmpty();
    }

    @Test
    void aKeyRevokedOnThisNodeIsForgottenAtOnce() {
        cache.put("h", channel, null);
        cache.put("other", new ApiClientPrincipal(8, "cti", 1, Set.of()), null);
        cache.forget(7);
        assertThat(cache.get("h")).isEmpty();
        assertThat(cache.get("other")).isPresent();
    }

    @Test
    void useIsRecordedAtMostOnceAMinuteAndTheDatabaseHasTheLastWord() {
        cache.put("h", channel, null);
        assertThat(cache.useRecentlyRecorded(7)).as("never recorded").isFalse();
        cache.useRecorded(7);
        advance(Duration.ofSeconds(59));
        assertThat(cache.useRecentlyRecorded(7)).isTrue();
        advance(Duration.ofSeconds(1));
        assertThat(cache.useRecentlyRecorded(7)).isFalse();

        cache.put("h", channel, Duration.ofSeconds(50));
        assertThat(cache.useRecentlyRecorded(7)).as("recorded 50 s ago, perhaps by another node").isTrue();
        advance(Duration.ofSeconds(10));
        assertThat(cache.useRecentlyRecorded(7)).isFalse();
    }

    @Test
    void aZeroWindowRemembersNothingAndTheMapIsBounded() {
        ApiKeyCache off = new ApiKeyCache(Duration.ZERO, clock::get);
        off.put("h", channel, null);
        off.useRecorded(7);
        assertThat(off.get("h")).isEmpty();
        assertThat(off.useRecentlyRecorded(7)).isFalse();

        for (int i = 0; i <= ApiKeyCache.MAX_ENTRIES; i++) {
            cache.put("k" + i, new ApiClientPrincipal(i, "c" + i, 1, Set.of()), null);
        }
        assertThat(cache.get("k0")).as("the map started over past its bound").isEmpty();
        assertThat(cache.get("k" + ApiKeyCache.MAX_ENTRIES)).isPresent();
    }
}
