package org.kefu.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.Optional;

/** The embedded PostgreSQL after the ways a developer's machine really ends a run. */
class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void startsAfterItsPreviousJvmWasKilledWithSigkill() throws Exception {
        Process abandoned = startAbandonedKefu();
        abandoned.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long stalePid = postmasterPid();
        assertThat(ProcessHandle.of(stalePid)).as("postgres outlives the killed JVM").hasValueSatisfying(
                process -> assertThat(process.isAlive()).isTrue());

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false, 0, "kefu", Duration.ofSeconds(60))) {
            assertThat(selectOne(database)).isEqualTo(1);
            assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            assertThat(postmasterPid()).isNotEqualTo(stalePid);
        }
    }

    @Test
    void leavesAPostgresAloneWhoseStartTimeDoesNotMatchThePidFile() throws Exception {
        Process abandoned = startAbandonedKefu();
        abandoned.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long stalePid = postmasterPid();
        List<String> lines = new ArrayList<>(Files.readAllLines(dataDir.resolve("postmaster.pid")));
        assertThat(StalePostmaster.isThePostmasterOf(ProcessHandle.of(stalePid).orElseThrow(), lines)).isTrue();
        lines.set(2, String.valueOf(Long.parseLong(lines.get(2).trim()) - 3600));
        assertThat(StalePostmaster.isThePostmasterOf(ProcessHandle.of(stalePid).orElseThrow(), lines))
                .as("same pid, another start: a different process").isFalse();
        StalePostmaster.stopIfPresent(dataDir, Duration.ofSeconds(15));
        assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    }

    @Test
    void refusesADirectoryThatAnotherRunningKefuUses() throws Exception {
        Process other = startAbandonedKefu();
        try {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, false, 0, "kefu", Duration.ofSeconds(60)))
                    .hasMessageContaining("in use by another running Kefu");
        } finally {
            other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            StalePostmaster.stopIfPresent(dataDir, Duration.ofSeconds(15));
        }
    }

    @Test
    void keepsDataBetweenCleanRestarts() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, false, 0, "kefu", Duration.ofSeconds(60));
             Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.username(), "")) {
            connection.createStatement().execute("create table memo (text text)");
            connection.createStatement().execute("insert into memo values ('受理于重启之前')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, false, 0, "kefu", Duration.ofSeconds(60));
             Connection connection = DriverManager.getConnection(second.jdbcUrl(), second.username(), "");
             ResultSet rs = connection.createStatement().executeQuery("select text from memo")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("受理于重启之前");
        }
    }

    private Process startAbandonedKefu() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                AbandonedKefu.class.getName(), dataDir.toString()))
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("READY")) {
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new IllegalStateException("The child JVM ended before its database was ready");
    }

    private long postmasterPid() throws Exception {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    }

    private static int selectOne(EmbeddedDatabase database) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
             ResultSet rs = connection.createStatement().executeQuery("select 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
