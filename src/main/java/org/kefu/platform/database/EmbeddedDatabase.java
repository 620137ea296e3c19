package org.kefu.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kefu's own PostgreSQL 17, used when no external database is configured. The data directory is
 * kept between runs; an ephemeral instance (tests) lives in a temporary directory removed on close.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String databaseName;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, String databaseName) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.databaseName = databaseName;
    }

    /** Starts PostgreSQL on {@code dataDirectory} (or a temporary one when {@code ephemeral}). */
    public static EmbeddedDatabase start(Path dataDirectory, boolean ephemeral, int port, String databaseName,
                                         Duration startupWait) {
        try {
            Path dir = ephemeral ? Files.createTempDirectory("kefu-pg-") : dataDirectory.toAbsolutePath();
            Files.createDirectories(dir);
            StalePostmaster.stopIfPresent(dir, Duration.ofSeconds(15));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(ephemeral)
                    // Spring closes us after Tomcat and the pool; zonky's own hook would race them.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(startupWait)
                    .setServerConfig("listen_addresses", "localhost")
                    // zonky tunes for throw-away test databases; an acknowledged case must survive a crash.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            try {
                createDatabaseIfAbsent(postgres, databaseName);
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            log.info("Embedded PostgreSQL 17 is running on port {} with data in {}", postgres.getPort(), dir);
            return new EmbeddedDatabase(postgres, dir, databaseName);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void createDatabaseIfAbsent(EmbeddedPostgres postgres, String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("kefu.embedded-db.database-name must be a plain lower-case name");
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " in the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + databaseName;
    }

    public String username() {
        return SUPERUSER;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
