package org.kefu.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left running by a JVM that died without closing it (kill -9, power cut of the IDE).
 * PostgreSQL itself refuses to start on a data directory whose postmaster is alive, so the next
 * Kefu start would fail until someone found and killed the process by hand.
 *
 * <p>We only stop a postmaster when nobody else owns the directory: zonky holds a file lock on
 * {@code epg-lock} for as long as its JVM lives, and a dead JVM's lock is released by the OS.
 * If the lock is held, another live Kefu uses the directory and we refuse to touch it.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    static final String LOCK_FILE = "epg-lock";
    static final String PID_FILE = "postmaster.pid";

    private StalePostmaster() {
    }

    /** Stops a stale postmaster of {@code dataDir}, if there is one. */
    static void stopIfPresent(Path dataDir, Duration patience) throws IOException {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        ensureNoLiveOwner(dataDir);
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = readPid(lines).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> isThePostmasterOf(process, lines));
        if (postmaster.isEmpty()) {
            // PostgreSQL removes a pid file of a dead postmaster by itself on the next start.
            log.info("Found {} of a postmaster that is no longer running; PostgreSQL will clear it", pidFile);
            return;
        }
        stop(postmaster.get(), patience);
    }

    private static void ensureNoLiveOwner(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The embedded database in " + dataDir
                        + " is in use by another running Kefu. Stop it, or give this one its own"
                        + " directory with kefu.data-dir.");
            }
        }
    }

    private static Optional<Long> readPid(List<String> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The pid may have been reused since the crash (after a reboot, even by another PostgreSQL): only a
     * {@code postgres} process started when the pid file says (its third line, epoch seconds) is ours.
     * When the operating system does not tell, we leave it alone and PostgreSQL reports the conflict.
     */
    static boolean isThePostmasterOf(ProcessHandle process, List<String> pidFileLines) {
        boolean postgres = process.info().command()
                .map(command -> Path.of(command).getFileName().toString().startsWith("postgres")).orElse(false);
        if (!postgres || pidFileLines.size() < 3) {
            return false;
        }
        try {
            long startedAt = Long.parseLong(pidFileLines.get(2).trim());
            return process.info().startInstant()
                    .map(start -> Math.abs(start.getEpochSecond() - startedAt) <= 2).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle postmaster, Duration patience) {
        log.warn("A PostgreSQL server (pid {}) was left running by a Kefu that did not shut down cleanly;"
                + " stopping it before starting again", postmaster.pid());
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroy();
        if (!awaitExit(postmaster, patience)) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", postmaster.pid(), patience);
            backends.forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            awaitExit(postmaster, patience);
        }
        // Backends hold the shared memory segment; a new postmaster refuses to start while they live.
        backends.forEach(backend -> awaitExit(backend, patience));
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
