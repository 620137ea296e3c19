package org.kefu.audit.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.kefu.audit.AuditTrail;
import org.kefu.audit.chain.ChainBreak;
import org.kefu.audit.chain.ChainLink;
import org.kefu.audit.chain.ChainedEntry;
import org.kefu.platform.ConflictException;
import org.kefu.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the oldest part of the chain out of the database: entries from the start of the chain up to
 * the first one not older than the cutoff are verified, written to a file, anchored and deleted, in
 * one transaction. A broken chain is never archived: deleting would destroy the evidence.
 */
@Service
public class Archiver {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Archives archives;
    private final AuditTrail trail;
    private final Path directory;
    private final Duration retention;
    private final ZoneId zone;

    Archiver(JdbcClient jdbc, PlatformTransactionManager transactionManager, Archives archives, AuditTrail trail,
             @Value("${kefu.audit.archive-dir:${kefu.data-dir:./data}/audit-archive}") Path directory,
             @Value("${kefu.audit.retention:180d}") Duration retention,
             @Value("${kefu.audit.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.archives = archives;
        this.trail = trail;
        this.directory = directory.toAbsolutePath();
        this.retention = retention;
        this.zone = zone;
    }

    /** The latest cutoff the retention period allows: entries younger than it stay in the database. */
    public LocalDate latestAllowedCutoff() {
        return ZonedDateTime.now(zone).minus(retention).toLocalDate();
    }

    public Duration retention() {
        return retention;
    }

    /** Archives entries older than the start of {@code cutoff} (in Kefu's time zone). */
    public Archive archive(LocalDate cutoff, String reason, String archivedBy) {
        if (cutoff.isAfter(latestAllowedCutoff())) {
            throw new IllegalArgumentException("cutoff " + cutoff + " is within the retention period");
        }
        AtomicReference<Path> written = new AtomicReference<>();
        try {
            Files.createDirectories(directory);
            return transactions.execute(status -> archiveLocked(cutoff, reason, archivedBy, written));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write audit archives to " + directory, e);
        } catch (RuntimeException e) {
            deleteQuietly(written.get());
            throw e;
        }
    }

    private Archive archiveLocked(LocalDate cutoff, String reason, String archivedBy, AtomicReference<Path> written) {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(hashtext('kefu.audit.archive'))").query(Boolean.class).single()) {
            throw new ConflictException("audit.archive.running");
        }
        ChainLink start = ChainLink.start(jdbc);
        Instant before = cutoff.atStartOfDay(zone).toInstant();
        Path part = directory.resolve("audit-from-" + (start.seq() + 1) + ".jsonl.part");
        written.set(part);
        try (ArchiveFile.Writer writer = new ArchiveFile.Writer(part, new ArchiveFile.Header(ArchiveFile.FORMAT, 1,
                start.seq(), start.hash(), cutoff, Instant.now()))) {
            ChainLink last = copyOlderThan(before, start, writer);
            long entries = last.seq() - start.seq();
            if (entries == 0) {
                throw new ConflictException("audit.archive.nothing", cutoff.toString());
            }
            String sha256 = writer.finish(new ArchiveFile.Closing(true, entries, last.seq(), last.hash()));
            Path file = directory.resolve(String.format("audit-%012d-%012d.jsonl", start.seq() + 1, last.seq()));
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.set(file);
            long id = archives.insert(file.getFileName().toString(), start.seq() + 1, last.seq(), entries, last.hash(),
                    cutoff, sha256, reason, archivedBy);
            deleteArchived(start.seq() + 1, last.seq(), entries);
            trail.record("audit.archive").entity("audit-archive", id).reason(reason)
                    .summary(Map.of("cutoff", cutoff.toString(), "firstSeq", start.seq() + 1, "lastSeq", last.seq(),
                            "entries", entries, "file", file.getFileName().toString()))
                    .success();
            return archives.find(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write audit archive " + part, e);
        }
    }

    /** Copies the chain from {@code start} while entries are older than {@code before}; returns the last link copied. */
    private ChainLink copyOlderThan(Instant before, ChainLink start, ArchiveFile.Writer writer) throws IOException {
        ChainLink last = start;
        while (true) {
            List<ChainedEntry> batch = jdbc.sql("select " + ChainedEntry.COLUMNS + " from audit_entry"
                            + " where chain_seq > ? order by chain_seq limit " + BATCH)
                    .param(last.seq()).query(ChainedEntry::map).list();
            for (ChainedEntry entry : batch) {
                if (!entry.content().occurredAt().isBefore(before)) {
                    return last;
                }
                ChainBreak broken = entry.check(last.hash(), last.seq() + 1);
                if (broken != null) {
                    throw new ConflictException("audit.archive.chain-broken", broken.chainSeq());
                }
                writer.append(entry);
                last = new ChainLink(entry.chainSeq(), entry.chainHash());
            }
            if (batch.size() < BATCH) {
                return last;
            }
        }
    }

    /** The one sanctioned delete: the trigger lets it through only with this transaction-local setting. */
    private void deleteArchived(long firstSeq, long lastSeq, long entries) {
        jdbc.sql("select set_config('kefu.audit_archive', 'on', true)").query(String.class).single();
        int deleted = jdbc.sql("delete from audit_entry where chain_seq between ? and ?").params(firstSeq, lastSeq)
                .update();
        jdbc.sql("select set_config('kefu.audit_archive', 'off', true)").query(String.class).single();
        if (deleted != entries) {
            throw new IllegalStateException("Archived " + entries + " entries but deleted " + deleted);
        }
    }

    public ArchiveVerification verify(long id) {
        Archive archive = archives.find(id).orElseThrow(() -> new NotFoundException("audit archive", id));
        Path file = directory.resolve(archive.fileName());
        if (!Files.isRegularFile(file)) {
            return new ArchiveVerification(false, archive.fileName(), -1, 0, 0, null, null, new ChainBreak(null,
                    archive.firstSeq(), ChainBreak.Problem.MALFORMED, "the file is not in the archive directory"));
        }
        ArchiveVerification result = verifyFile(file);
        boolean matchesAnchor = result.continuesFromSeq() == archive.firstSeq() - 1
                && result.lastSeq() == archive.lastSeq() && archive.lastChainHash().equals(result.lastChainHash())
                && archive.fileSha256().equals(result.fileSha256());
        if (!result.intact() || matchesAnchor) {
            return result;
        }
        return new ArchiveVerification(false, result.fileName(), result.continuesFromSeq(), result.entries(),
                result.lastSeq(), result.lastChainHash(), result.fileSha256(), new ChainBreak(null, archive.lastSeq(),
                ChainBreak.Problem.MALFORMED, "the file verifies on its own but does not match its anchor " + id));
    }

    /** Verifies any archive file on its own, e.g. one restored from long-term storage. */
    public ArchiveVerification verifyFile(Path file) {
        try {
            return ArchiveFile.verify(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read audit archive " + file, e);
        }
    }

    public Path directory() {
        return directory;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a leftover file without an anchor is harmless: the next archive of the same range replaces it
        }
    }
}
