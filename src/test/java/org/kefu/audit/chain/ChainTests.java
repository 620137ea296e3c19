package org.kefu.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.audit.AuditTrail;
import org.kefu.audit.StoredEntries;
import org.kefu.platform.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The chainer links committed entries in order, gap-free, without ever making a writer wait. */
@KefuTest
class ChainTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private StoredEntries entries;

    @BeforeEach
    void setUp() {
        entries = new StoredEntries(jdbc, transactionManager);
    }

    private long write(String note) {
        return trail.record("test.chain.linked").summary("note", note).actor(Actor.system()).success();
    }

    @Test
    void everyEntryIsLinkedSoonInIdOrderAndTheChainHasNoGaps() {
        long[] ids = LongStream.range(0, 50).map(i -> write("entry " + i)).toArray();
        entries.awaitChained(ids);

        for (int i = 1; i < ids.length; i++) {
            assertThat(entries.get(ids[i]).chainSeq()).isGreaterThan(entries.get(ids[i - 1]).chainSeq());
        }
        Map<String, Object> chain = jdbc.sql("select count(chain_seq) as linked, min(chain_seq) as first,"
                + " max(chain_seq) as last from audit_entry").query().singleRow();
        long first = (Long) chain.get("first");
        long last = (Long) chain.get("last");
        assertThat(last - first + 1).as("positions without gaps").isEqualTo((Long) chain.get("linked"));
        assertThat(ChainLink.head(jdbc).seq()).isGreaterThanOrEqualTo(last);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aLateCommitIsLinkedLaterAndNoWriterWaitsForIt() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long[] slow = new long[1];
        CompletableFuture<Void> slowWriter = CompletableFuture.runAsync(() ->
                new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    slow[0] = write("slow, committed late");
                    written.countDown();
                    await(release);
                }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        long fast = write("fast");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("ms to write meanwhile").isLessThan(2000);
        entries.awaitChained(fast);
        release.countDown();
        slowWriter.get(10, TimeUnit.SECONDS);
        entries.awaitChained(slow[0]);

        assertThat(slow[0]).isLessThan(fast);
        assertThat(entries.get(slow[0]).chainSeq()).isGreaterThan(entries.get(fast).chainSeq());
        assertThat(verifier.verify().intact()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
