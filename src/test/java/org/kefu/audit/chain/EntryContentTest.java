package org.kefu.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The canonical content and the chain links, pinned so that old entries keep verifying. */
class EntryContentTest {

    private static EntryContent content(String actorId, String orgUnitCode, String summary) {
        return new EntryContent(Instant.parse("2026-11-27T08:00:00.123456789Z"), "USER", actorId, 42L, orgUnitCode,
                "10.0.0.1", "case.closed", "case", "7", summary, null, "SUCCESS", "req-1");
    }

    @Test
    void canonicalFormIsLengthPrefixedWithMicrosecondsAndMarksNull() {
        assertThat(content("王芳", "BJ", "{}").canonical()).isEqualTo(
                "v1|16:1795766400123456|4:USER|6:王芳|2:42|2:BJ|8:10.0.0.1|11:case.closed|4:case|1:7|2:{}|-|7:SUCCESS|5:req-1");
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(content("ab", "c", "{}").canonical()).isNotEqualTo(content("a", "bc", "{}").canonical());
        assertThat(content("", "c", "{}").canonical()).isNotEqualTo(content(null, "c", "{}").canonical());
    }

    @Test
    void theContentHashCoversTheIdAndEveryField() throws Exception {
        EntryContent content = content("wang.fang", "BJ", "{\"n\":1}");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("5:" + content.canonical()).getBytes(StandardCharsets.UTF_8)));
        assertThat(content.hash(5)).isEqualTo(expected).isNotEqualTo(content.hash(6));
        assertThat(content("wang.fang", "BJ", "{\"n\":2}").hash(5)).isNotEqualTo(expected);
    }

    @Test
    void aLinkIsTheHashOfThePreviousLinkTheContentHashAndThePosition() throws Exception {
        String contentHash = "ab".repeat(32);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(new byte[32]);
        sha256.update(HexFormat.of().parseHex(contentHash));
        sha256.update(ByteBuffer.allocate(8).putLong(1).array());
        String first = ChainHash.link(ChainHash.GENESIS, contentHash, 1);

        assertThat(first).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
        assertThat(ChainHash.link(ChainHash.GENESIS, contentHash, 2)).isNotEqualTo(first);
        assertThat(ChainHash.link(first, contentHash, 1)).isNotEqualTo(first);
    }

    @Test
    void cleaningKeepsWhatPostgreSqlCanStoreAndCutsAtTheLimit() {
        assertThat(EntryContent.clean("a\u0000b", 10)).isEqualTo("ab");
        assertThat(EntryContent.clean("x\uDC00y", 10)).isEqualTo("x\uFFFDy");
        assertThat(EntryContent.clean("abcdef", 4)).isEqualTo("abc…");
        assertThat(EntryContent.clean("ab\uD83D\uDE00cd", 4)).isEqualTo("ab…");
        assertThat(EntryContent.clean(null, 4)).isNull();
    }
}
