package org.kefu.sla;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongFunction;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What {@code org.kefu.bench.EscalationBenchmark} needs from inside the package: bulk cases, bulk timers, a node. */
public final class TimerBench {

    private static final int CHUNK = 100_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TimerSweep sweep;

    public TimerBench(ApplicationContext kefu) {
        this.jdbc = kefu.getBean(JdbcClient.class);
        this.dataSource = kefu.getBean(DataSource.class);
        this.sweep = kefu.getBean(TimerSweep.class);
    }

    /** {@code count} open cases of BJ owned by agent.bj, with consecutive ids; returns the first id. */
    public long openCases(int count) {
        long unit = jdbc.sql("select id from org_unit where code = 'BJ'").query(Long.class).single();
        long before = jdbc.sql("select coalesce(max(id), 0) from service_case").query(Long.class).single();
        for (int from = 0; from < count; from += CHUNK) {
            jdbc.sql("""
                    insert into service_case (number, kind, channel, subject, description, priority, org_unit_id, owner,
                                              status, created_by, created_at, updated_at)
                    select 'KF-BENCH-' || lpad(n::text, 8, '0'), 'complaint', 'phone', '时限测试', '时限测试', 'P3', ?,
                           'agent.bj', 'in_progress', 'bench', now(), now()
                      from generate_series(?, ?) n""")
                    .params(unit, from, Math.min(count, from + CHUNK) - 1).update();
        }
        long first = jdbc.sql("select min(id) from service_case where id > ?").param(before).query(Long.class).single();
        long last = jdbc.sql("select max(id) from service_case").query(Long.class).single();
        if (last - first + 1 != count) {
            throw new IllegalStateException("case ids are not consecutive");
        }
        return first;
    }

    /** A breach timer (and its arming) for cases {@code firstCase ... firstCase + count - 1}, the i-th due at {@code at(i)}; by COPY. */
    public void arm(long firstCase, int count, LongFunction<Instant> at) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (int from = 0; from < count; from += CHUNK) {
                StringBuilder rows = new StringBuilder();
                StringBuilder armed = new StringBuilder();
                for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                    long caseId = firstCase + i;
                    Instant due = at.apply(i);
                    TimerStep step = new TimerStep(caseId, "resolution", TimerStep.BREACH, due, due, false, "", 0,
                            "KF-BENCH-" + caseId);
                    rows.append(step.instanceId()).append('\t').append(caseId).append("\tresolution\t").append(due)
                            .append('\t').append(step.data()).append('\n');
                    armed.append(caseId).append("\tresolution\t").append(due).append('\n');
                }
                pg.getCopyAPI().copyIn("copy sla_timer (id, case_id, clock, due_at, data) from stdin",
                        new StringReader(rows.toString()));
                // A step fires only for its clock's current arming.
                pg.getCopyAPI().copyIn("copy sla_armed_clock (case_id, clock, due_at) from stdin",
                        new StringReader(armed.toString()));
            }
        }
    }

    /** A started timer node; closing stops it. */
    public AutoCloseable startNode(String name, Duration polling, int threads, int batchSize) {
        return new TimerNode(sweep, name, polling, threads, batchSize).start();
    }

    public void awaitSteps(long firstCase, int count, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end) && jdbc.sql("select count(*) from sla_escalation_step where step = 'breach'"
                + " and case_id >= ? and case_id < ?").params(firstCase, firstCase + count).query(Long.class).single() < count) {
            Thread.sleep(500);
        }
    }
}
