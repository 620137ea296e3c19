package org.kefu.platform;

/**
 * A keyed, deterministic fingerprint of a personal-data value, stored next to its encrypted column so
 * the value can be found by exact match ("which customer has this ID number?") without decrypting
 * every row or storing a plain hash that anyone could brute-force over the small space of phone numbers.
 *
 * <p>Values are normalized first (trimmed, Unicode NFKC, spaces and {@code '-'} removed, upper-cased),
 * so {@code "138 0013 8000"} matches {@code "13800138000"} and an ID number ending in {@code x} matches
 * one ending in {@code X}. The field name is part of the input, so equal values in different fields do
 * not produce linkable indexes.
 */
public interface BlindIndex {

    /** Lowercase hex HMAC-SHA-256 (64 characters) of the normalized value; {@code null} for {@code null}. */
    String of(String field, String value);
}
