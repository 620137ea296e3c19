package org.kefu.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.audit.AuditTrail;
import org.kefu.platform.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Writers in parallel, each entry in its own transaction, none serialised: one chain holds them all. */
@KefuTest
class ConcurrentWritersTests {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 1250;

    @Autowired
    AuditTrail trail;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void eightWritersTenThousandEntriesOneIntactChain() throws Exception {
        String action = "test.concurrent.w" + UUID.randomUUID().toString().replace("-", "");
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        ExecutorService writers = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(writers.submit(() -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    int n = i;
                    transaction.executeWithoutResult(status -> trail.record(action).entity("probe", thread + "-" + n)
                            .summary("n", n).actor(Actor.system()).success());
                }
            }));
        }
        for (Future<?> writer : done) {
            writer.get(5, TimeUnit.MINUTES);
        }
        writers.shutdown();

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from audit_entry where action = ? and chain_seq is null").param(action)
                .query(Long.class).single() == 0);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = ?").param(action).query(Long.class)
                .single()).isEqualTo(THREADS * PER_THREAD);
        assertThat(jdbc.sql("select count(distinct chain_seq) from audit_entry where action = ?").param(action)
                .query(Long.class).single()).isEqualTo(THREADS * PER_THREAD);
        ChainVerification result = verifier.verify();
        assertThat(result.intact()).as(String.valueOf(result.firstBreak())).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(THREADS * PER_THREAD);
    }
}
