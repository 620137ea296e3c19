package org.kefu.platform.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL ({@code kefu.embedded-db.*}); ignored with an external database.
 *
 * @param port          0 picks a free port at each start
 * @param ephemeral     a throw-away database in a temporary directory (tests)
 * @param databaseName  the database Kefu's schema lives in
 * @param startupWait   how long to wait for the server to accept connections
 */
@ConfigurationProperties("kefu.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("kefu") String databaseName,
        @DefaultValue("60s") Duration startupWait) {
}
