package org.kefu.platform.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kefu.platform.AuditableEvent;
import org.kefu.platform.EncryptedColumn;
import org.kefu.platform.FieldCipher;
import org.kefu.platform.FieldDecryptionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import java.time.Duration;
import java.util.TreeMap;

/**
 * Key rotation without downtime: a new key becomes active at once for new values, and this job walks
 * every registered {@link EncryptedColumn} in id order, rewriting values still under an older key.
 * Each value is replaced only if it is unchanged since it was read, so an agent editing a customer at
 * the same moment never loses the edit; the job never holds long transactions.
 */
@Service
public class ReEncryption {

    private static final Logger log = LoggerFactory.getLogger(ReEncryption.class);
    /** A run makes progress every batch; one silent this long died with its node. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Keyring keyring;
    private final List<EncryptedColumn> columns;
    private final ReEncryptionJobs jobs;
    private final TaskExecutor executor;
    private final ApplicationEventPublisher events;

    ReEncryption(JdbcClient jdbc, FieldCipher cipher, Keyring keyring, List<EncryptedColumn> columns,
                 ReEncryptionJobs jobs, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.keyring = keyring;
        this.columns = columns;
        this.jobs = jobs;
        this.executor = executor;
        this.events = events;
    }

    /** A re-encryption run was started: who, why, towards which key (audited). */
    public record Started(long jobId, String targetKeyId, int batchSize, String reason) implements AuditableEvent {

        @Override
        public String action() {
            return "crypto.reencryption.started";
        }

        @Override
        public String entityType() {
            return "reencryption-job";
        }

        @Override
        public String entityId() {
            return Long.toString(jobId);
        }

        @Override
        public Map<String, Object> summary() {
            return Map.of("targetKeyId", targetKeyId, "batchSize", batchSize);
        }
    }

    /**
     * Starts a run in the background and returns its job at once. The job row and its audit entry are
     * written in one transaction; the run starts only after that transaction commits.
     */
    @Transactional
    public ReEncryptionJob start(int batchSize, String reason, String requestedBy) {
        jobs.interruptAbandoned(ABANDONED_AFTER);
        long id = jobs.start(cipher.activeKeyId(), batchSize, reason, requestedBy);
        events.publishEvent(new Started(id, cipher.activeKeyId(), batchSize, reason));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    executor.execute(() -> run(id, batchSize));
                } catch (RuntimeException rejected) {
                    jobs.finish(id, ReEncryptionJob.Status.FAILED, "could not be scheduled: " + rejected.getClass().getSimpleName());
                }
            }
        });
        return jobs.find(id).orElseThrow();
    }

    /**
     * Every key of the ring with the number of stored values it protects, so an administrator sees when an
     * old key may go. A count under an id that is no longer in the ring would mean unreadable data.
     */
    public List<KeyView> keys() {
        Map<String, Long> values = valuesPerKey();
        List<KeyView> keys = new ArrayList<>(keyring.keyIds().stream()
                .map(id -> new KeyView(id, id.equals(cipher.activeKeyId()), values.getOrDefault(id, 0L), true))
                .toList());
        values.keySet().stream().filter(id -> !keyring.keyIds().contains(id))
                .forEach(missing -> keys.add(new KeyView(missing, false, values.get(missing), false)));
        return keys;
    }

    Map<String, Long> valuesPerKey() {
        Map<String, Long> counts = new TreeMap<>();
        for (EncryptedColumn column : columns) {
            jdbc.sql("select split_part(" + column.column() + ", ':', 2) as key_id, count(*) as n from "
                            + column.table() + " where " + column.column() + " is not null group by 1")
                    .query((rs, row) -> Map.entry(rs.getString("key_id"), rs.getLong("n")))
                    .list().forEach(entry -> counts.merge(entry.getKey(), entry.getValue(), Long::sum));
        }
        return counts;
    }

    void run(long jobId, int batchSize) {
        long[] progress = new long[2];
        try {
            for (EncryptedColumn column : columns) {
                rewrite(column, jobId, batchSize, progress);
            }
            jobs.finish(jobId, ReEncryptionJob.Status.COMPLETED, null);
            log.info("Re-encryption job {} completed: {} values seen, {} rewritten", jobId, progress[0], progress[1]);
        } catch (RuntimeException e) {
            log.error("Re-encryption job {} failed", jobId, e);
            jobs.finish(jobId, ReEncryptionJob.Status.FAILED, describe(e));
        }
    }

    private void rewrite(EncryptedColumn column, long jobId, int batchSize, long[] progress) {
        String activePrefix = "v1:" + cipher.activeKeyId() + ":";
        Object lastId = null;
        while (true) {
            List<Object[]> batch = jdbc.sql("select " + column.idColumn() + ", " + column.column() + " from "
                            + column.table() + " where " + column.column() + " is not null and left("
                            + column.column() + ", " + activePrefix.length() + ") <> ?"
                            + (lastId == null ? "" : " and " + column.idColumn() + " > ?")
                            + " order by " + column.idColumn() + " limit " + batchSize)
                    .params(lastId == null ? List.of(activePrefix) : List.of(activePrefix, lastId))
                    .query((rs, row) -> new Object[] {rs.getObject(1), rs.getString(2)})
                    .list();
            if (batch.isEmpty()) {
                return;
            }
            for (Object[] row : batch) {
                String old = (String) row[1];
                String fresh = cipher.encrypt(column.field(), decrypt(column, row[0], old));
                progress[0]++;
                progress[1] += jdbc.sql("update " + column.table() + " set " + column.column() + " = ? where "
                        + column.idColumn() + " = ? and " + column.column() + " = ?")
                        .params(fresh, row[0], old).update();
            }
            lastId = batch.get(batch.size() - 1)[0];
            jobs.progress(jobId, progress[0], progress[1]);
        }
    }

    private String decrypt(EncryptedColumn column, Object id, String envelope) {
        try {
            return cipher.decrypt(column.field(), envelope);
        } catch (FieldDecryptionException e) {
            throw new UnreadableValue(column.table() + "." + column.column() + " of row " + id
                    + " (key " + cipher.keyIdOf(envelope) + " cannot decrypt it)", e);
        }
    }

    /**
     * What the job row (and so the API) says about a failure: our own description of an unreadable value,
     * otherwise only the kind of error — a database message may quote row data; the log has the details.
     */
    private static String describe(RuntimeException e) {
        return e instanceof UnreadableValue unreadable ? "cannot decrypt " + unreadable.getMessage()
                : "unexpected " + e.getClass().getSimpleName() + "; see the application log";
    }

    /** A stored value no key of the ring can decrypt: named by table, column, row and key id only. */
    static final class UnreadableValue extends RuntimeException {
        UnreadableValue(String where, Throwable cause) {
            super(where, cause);
        }
    }
}
