package org.kefu.platform.crypto;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kefu.platform.ConflictException;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The job table: who started which re-encryption, and how far it got. */
@Repository
class ReEncryptionJobs {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "status", "status");
    private static final String COLUMNS = "id, target_key_id, status, batch_size, reason, requested_by, values_seen,"
            + " values_rewritten, failure, created_at, updated_at, finished_at";

    private final JdbcClient jdbc;

    ReEncryptionJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new running job; a second one while another runs is a conflict, not a race. */
    long start(String targetKeyId, int batchSize, String reason, String requestedBy) {
        try {
            return jdbc.sql("insert into platform_reencryption_job (target_key_id, status, batch_size, reason,"
                            + " requested_by) values (?, 'RUNNING', ?, ?, ?) returning id")
                    .params(targetKeyId, batchSize, reason, requestedBy)
                    .query(Long.class).single();
        } catch (DuplicateKeyException alreadyRunning) {
            throw new ConflictException("crypto.reencryption.already-running");
        }
    }

    void progress(long id, long seen, long rewritten) {
        jdbc.sql("update platform_reencryption_job set values_seen = ?, values_rewritten = ?, updated_at = now()"
                + " where id = ?").params(seen, rewritten, id).update();
    }

    void finish(long id, ReEncryptionJob.Status status, String failure) {
        jdbc.sql("update platform_reencryption_job set status = ?, failure = ?, finished_at = now(),"
                + " updated_at = now() where id = ?").params(status.name(), failure, id).update();
    }

    /** Jobs whose node stopped mid-run (no progress for a while) are marked so a new one can start. */
    int interruptAbandoned(Duration silence) {
        return jdbc.sql("update platform_reencryption_job set status = 'INTERRUPTED', finished_at = now(),"
                        + " failure = 'no progress since ' || updated_at"
                        + " where status = 'RUNNING' and updated_at < now() - make_interval(secs => ?)")
                .param(silence.toSeconds()).update();
    }

    Optional<ReEncryptionJob> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from platform_reencryption_job where id = ?")
                .param(id).query(ReEncryptionJob.class).optional();
    }

    PageResult<ReEncryptionJob> list(PageQuery page) {
        List<ReEncryptionJob> items = jdbc.sql("select " + COLUMNS + " from platform_reencryption_job"
                + page.sqlTail(SORTABLE, "id desc")).query(ReEncryptionJob.class).list();
        long total = jdbc.sql("select count(*) from platform_reencryption_job").query(Long.class).single();
        return PageResult.of(items, page, total);
    }
}
