package org.kefu.platform.crypto;

/** A key as administrators see it: its id, whether new values use it, and how many values it protects. */
public record KeyView(String id, boolean active, long values) {
}
