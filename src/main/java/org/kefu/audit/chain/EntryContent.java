package org.kefu.audit.chain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What an entry says, in the one canonical form its content hash covers. Writers and verifiers (of the
 * database and of archive files) all build it here, so they cannot drift apart.
 *
 * <p>Canonical form: {@code v1} followed by each field as {@code |<UTF-8 byte length>:<text>}, or
 * {@code |-} for null, in the order of the record components; the time is epoch microseconds
 * (PostgreSQL's precision). Length prefixes make field boundaries unambiguous. The content hash is
 * the lowercase hex SHA-256 of {@code <entry id>:<canonical form>}, so moving content to another id
 * is detected too.
 */
public record EntryContent(Instant occurredAt, String actorType, String actorId, Long orgUnitId, String orgUnitCode,
                           String ip, String action, String entityType, String entityId, String summary,
                           String reason, String outcome, String requestId) {

    public EntryContent {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    public String canonical() {
        StringBuilder out = new StringBuilder(256 + summary.length()).append("v1");
        append(out, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)));
        append(out, actorType);
        append(out, actorId);
        append(out, orgUnitId == null ? null : orgUnitId.toString());
        append(out, orgUnitCode);
        append(out, ip);
        append(out, action);
        append(out, entityType);
        append(out, entityId);
        append(out, summary);
        append(out, reason);
        append(out, outcome);
        append(out, requestId);
        return out.toString();
    }

    /** The content hash of this content stored under {@code id}. */
    public String hash(long id) {
        return ChainHash.sha256Hex((id + ":" + canonical()).getBytes(StandardCharsets.UTF_8));
    }

    private static void append(StringBuilder out, String value) {
        if (value == null) {
            out.append("|-");
        } else {
            out.append('|').append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }

    /**
     * Text as PostgreSQL will store it, at most {@code maxLength} characters: NUL is refused by
     * PostgreSQL and a lone surrogate cannot be encoded, so either would make the stored text differ
     * from what was hashed.
     */
    public static String clean(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        if (out.length() <= maxLength) {
            return out.toString();
        }
        int cut = maxLength - 1;
        if (Character.isHighSurrogate(out.charAt(cut - 1))) {
            cut--;
        }
        return out.substring(0, cut) + "…";
    }
}
