package org.kefu.platform.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The generated keyring an embedded installation keeps next to its database, readable by its owner only. */
final class DevelopmentKeyringFile {

    static final String KEY_ID = "dev-1";
    private static final Logger log = LoggerFactory.getLogger(DevelopmentKeyringFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    DevelopmentKeyringFile(Path file) {
        this.file = file;
    }

    Keyring loadOrCreate() {
        try {
            if (Files.notExists(file)) {
                create();
            }
            Keyring keyring = load();
            log.warn("Using the DEVELOPMENT keyring {} (keys {}). It is only for embedded demo data; never use "
                    + "it with real customer data. Configure KEFU_CRYPTO_KEYRING for a real deployment.",
                    file, keyring.keyIds());
            return keyring;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development keyring " + file, e);
        }
    }

    private Keyring load() throws IOException {
        if (isPosix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("The development keyring {} is readable by other users; chmod 600 it", file);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        try {
            return Keyring.fromProperties(properties);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The development keyring " + file + " is invalid: " + e.getMessage()
                    + ". Delete it only if the embedded database holds nothing you need.", e);
        }
    }

    private void create() throws IOException {
        Path dir = file.getParent();
        boolean posix = isPosix();
        Files.createDirectories(dir, posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0]);
        // Created owner-only from the start (no window where it is world-readable), written completely,
        // then renamed into place so a crash never leaves a half-written keyring behind.
        Path temp = posix
                ? Files.createTempFile(dir, "keyring", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, "keyring", ".tmp");
        try {
            Files.writeString(temp, render(Keyring.generate(KEY_ID).toProperties()), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        log.warn("""

                ********************************************************************************
                *  Generated a DEVELOPMENT encryption keyring at {}
                *  Personal data in the embedded database is encrypted with keys stored on this
                *  machine. NEVER use this keyring or this data directory with real customer data.
                ********************************************************************************""", file);
    }

    private boolean isPosix() {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Written by hand rather than Properties.store, which would escape every ':' in the keyring value. */
    private static String render(Properties properties) {
        return "# Kefu DEVELOPMENT keyring, generated " + Instant.now() + ". Never use with real customer data.\n"
                + "# Losing this file makes the embedded database's personal data unreadable.\n"
                + line(properties, Keyring.KEYRING_PROPERTY)
                + line(properties, Keyring.ACTIVE_KEY_PROPERTY)
                + line(properties, Keyring.BLIND_INDEX_KEY_PROPERTY);
    }

    private static String line(Properties properties, String name) {
        return name + "=" + properties.getProperty(name) + "\n";
    }
}
