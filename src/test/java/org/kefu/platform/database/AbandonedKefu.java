package org.kefu.platform.database;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a child JVM by the tests: starts the embedded PostgreSQL on a directory, says READY, and waits
 * to be killed with SIGKILL — exactly what a developer's kill -9 or a crashed IDE leaves behind.
 */
public final class AbandonedKefu {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), false, 0, "kefu", Duration.ofSeconds(60));
        System.out.println("READY " + database.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
