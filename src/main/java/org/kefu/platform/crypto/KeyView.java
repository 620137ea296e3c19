package org.kefu.platform.crypto;

/**
 * A key as administrators see it: its id, whether new values use it, how many stored values it protects,
 * and whether it is still in the ring — values under a key that is not are unreadable until it returns.
 */
public record KeyView(String id, boolean active, long values, boolean inKeyring) {
}
