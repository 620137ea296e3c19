package org.kefu.platform.crypto;

import java.nio.file.Path;
import java.util.Objects;
import org.kefu.platform.DatabaseMode;

/**
 * Decides where the keyring comes from: configuration always wins; an embedded (laptop or demo) database
 * gets a generated development keyring under the data directory; an external database without
 * configuration refuses to start, because generated keys there would end up protecting real customers'
 * data with keys nobody backed up.
 */
public final class KeyringSource {

    private final String keyring;
    private final String activeKey;
    private final String blindIndexKey;
    private final DatabaseMode mode;
    private final Path dataDir;

    /**
     * @param keyring value of {@code kefu.crypto.keyring}, may be null or blank
     * @param activeKey value of {@code kefu.crypto.active-key}, may be null or blank
     * @param blindIndexKey value of {@code kefu.crypto.blind-index-key}, may be null or blank
     */
    public KeyringSource(String keyring, String activeKey, String blindIndexKey, DatabaseMode mode, Path dataDir) {
        this.keyring = keyring;
        this.activeKey = activeKey;
        this.blindIndexKey = blindIndexKey;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.dataDir = dataDir;
    }

    /**
     * @throws MissingKeyringException on an external database with no keyring configured
     * @throws IllegalArgumentException if the configured keyring is invalid
     */
    public Keyring load() {
        if (isSet(keyring)) {
            return Keyring.parse(keyring, activeKey, blindIndexKey);
        }
        if (isSet(activeKey) || isSet(blindIndexKey)) {
            // Half a configuration usually means a misspelt variable; a dev keyring would hide that.
            throw new MissingKeyringException(Keyring.KEYRING_PROPERTY + " (KEFU_CRYPTO_KEYRING) is not set, although "
                    + (isSet(activeKey) ? Keyring.ACTIVE_KEY_PROPERTY : Keyring.BLIND_INDEX_KEY_PROPERTY) + " is.");
        }
        if (mode.isEmbedded()) {
            return new DevelopmentKeyringFile(developmentKeyringPath()).loadOrCreate();
        }
        throw new MissingKeyringException("Kefu is configured for an external database, but no field-encryption "
                + "keyring is configured: " + Keyring.KEYRING_PROPERTY + " (KEFU_CRYPTO_KEYRING) is not set.");
    }

    /** Where an embedded installation keeps its generated keyring. */
    public Path developmentKeyringPath() {
        Objects.requireNonNull(dataDir, "dataDir is required for an embedded database");
        return dataDir.resolve("keys").resolve("keyring.properties");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
