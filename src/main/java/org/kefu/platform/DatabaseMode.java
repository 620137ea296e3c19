package org.kefu.platform;

/**
 * Which PostgreSQL Kefu runs on. Development conveniences (demo data, a generated keyring) exist only
 * on {@link #EMBEDDED}; an institution's own database never gets them by accident.
 */
public enum DatabaseMode {
    /** Kefu started its own PostgreSQL under the data directory: a laptop or a demo. */
    EMBEDDED,
    /** {@code spring.datasource.url} (or {@code KEFU_DB_URL}) names the institution's PostgreSQL. */
    EXTERNAL;

    public boolean isEmbedded() {
        return this == EMBEDDED;
    }
}
