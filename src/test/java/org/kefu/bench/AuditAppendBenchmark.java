package org.kefu.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.kefu.KefuApplication;
import org.kefu.audit.AuditTrail;
import org.kefu.audit.chain.ChainVerification;
import org.kefu.audit.chain.ChainVerifier;
import org.kefu.audit.chain.Chainer;
import org.kefu.audit.chain.Periodic;
import org.kefu.platform.Actor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit append throughput on a throw-away embedded PostgreSQL with fsync and synchronous_commit on, as
 * in production: writer threads, every entry in its own transaction, the whole of Kefu in the same
 * JVM. Then how fast the single chainer links a backlog, and how far it lags while writers run. Not a
 * JMH benchmark: the unit of work is a database commit, measured over whole rounds after a warm-up.
 * Run with {@code bench/audit-append.sh [entries per round] [threads]}.
 */
public final class AuditAppendBenchmark {

    private final AuditTrail trail;
    private final TransactionTemplate transaction;
    private final Chainer chainer;
    private final Periodic chaining;
    private final JdbcClient jdbc;
    private final int entries;
    private final int threads;

    private AuditAppendBenchmark(ConfigurableApplicationContext kefu, int entries, int threads) {
        this.trail = kefu.getBean(AuditTrail.class);
        this.transaction = new TransactionTemplate(kefu.getBean(PlatformTransactionManager.class));
        this.chainer = kefu.getBean(Chainer.class);
        this.chaining = kefu.getBean("auditChaining", Periodic.class);
        this.jdbc = kefu.getBean(JdbcClient.class);
        this.entries = entries;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        try (ConfigurableApplicationContext kefu = new SpringApplicationBuilder(KefuApplication.class)
                .profiles("test").properties("spring.main.banner-mode=off")
                .run("--logging.level.root=WARN", "--logging.level.org.kefu=WARN", "--kefu.audit.verify-interval=24h")) {
            System.out.printf("Audit append on the embedded PostgreSQL (fsync on): %d writer threads, %,d entries"
                    + " per round, each entry in its own transaction%n", threads, entries);
            AuditAppendBenchmark benchmark = new AuditAppendBenchmark(kefu, entries, threads);
            benchmark.appendWithChainerPaused();
            benchmark.appendWhileChaining();
            ChainVerification verification = kefu.getBean(ChainVerifier.class).verify();
            System.out.printf("  verification: intact=%s, %,d entries checked%n", verification.intact(),
                    verification.checked());
        }
    }

    private void appendWithChainerPaused() throws Exception {
        write(false);
        write(true);
        chaining.stop();
        chainer.chainPending();
        double[] rounds = {write(false), write(false), write(false)};
        System.out.printf("  the insert is the transaction:  %s entries/s (median %,.0f), chainer paused%n",
                String.join("  ", Arrays.stream(rounds).mapToObj(r -> String.format("%,.0f", r)).toList()),
                Arrays.stream(rounds).sorted().toArray()[1]);
        System.out.printf("  in a Spring transaction each:   %,.0f entries/s, chainer paused%n", write(true));
        long started = System.nanoTime();
        long linked = chainer.chainPending();
        System.out.printf("  chainer: a backlog of %,d entries linked at %,.0f entries/s%n", linked,
                linked / ((System.nanoTime() - started) / 1e9));
    }

    private void appendWhileChaining() throws Exception {
        chaining.start();
        AtomicLong largestBacklog = new AtomicLong();
        ExecutorService sampler = Executors.newSingleThreadExecutor();
        sampler.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                largestBacklog.accumulateAndGet(unchained(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        double rate = write(false);
        long writersDone = System.nanoTime();
        while (unchained() > 0) {
            Thread.sleep(10);
        }
        double catchUpMs = (System.nanoTime() - writersDone) / 1e6;
        sampler.shutdownNow();
        System.out.printf("  writers with the chainer running: %,.0f entries/s; largest backlog %,d entries;"
                + " all linked %,.0f ms after the last write%n", rate, largestBacklog.get(), catchUpMs);
    }

    /** One round; returns entries per second. Without a Spring transaction each insert commits on its own. */
    private double write(boolean inSpringTransaction) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        int perThread = entries / threads;
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    int n = i;
                    Runnable append = () -> trail.record("bench.case.updated").entity("case", thread * perThread + n)
                            .summary(Map.of("status", "IN_PROGRESS", "n", n)).actor(Actor.system()).success();
                    if (inSpringTransaction) {
                        transaction.executeWithoutResult(status -> append.run());
                    } else {
                        append.run();
                    }
                }
            }));
        }
        for (Future<?> writer : done) {
            writer.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return perThread * threads / seconds;
    }

    private long unchained() {
        return jdbc.sql("select count(*) from audit_entry where chain_seq is null").query(Long.class).single();
    }
}
