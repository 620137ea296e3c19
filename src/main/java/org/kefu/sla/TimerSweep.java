package org.kefu.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due timers in batches. One transaction claims up to a batch of due rows of {@code sla_timer}
 * ({@code FOR UPDATE SKIP LOCKED}: nodes never take the same timer and never wait for each other), runs
 * their steps ({@link EscalationChain#fireAll}) and deletes them. A timer therefore fires exactly once: its
 * step and its deletion commit together, and a node that dies mid-batch leaves the rows to be claimed again
 * when its connection goes.
 *
 * <p>One failing step must not hold back the others: when a batch fails, each of its timers is fired on its
 * own; one that still fails is put off (30 s, doubling) and given up, logged, after {@link #MAX_ATTEMPTS}.
 */
@Component
class TimerSweep {

    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(TimerSweep.class);

    private final JdbcClient jdbc;
    private final EscalationChain chain;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TimerSweep(JdbcClient jdbc, EscalationChain chain, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A claimed row; {@code step} null when its id or data cannot be read (written by hand, or corrupted). */
    private record Claimed(String id, TimerStep step, int attempts) {
    }

    /**
     * Fires up to {@code batchSize} due timers; returns how many it fired or dropped (fewer than the batch
     * size: nothing else is due, or only timers of cases being edited right now).
     */
    int sweep(String node, int batchSize) {
        return sweep(node, batchSize, () -> true);
    }

    /** As {@link #sweep(String, int)}; a failed batch's one-by-one retry stops early once {@code going} is false. */
    int sweep(String node, int batchSize, BooleanSupplier going) {
        List<Claimed> failed;
        try {
            return transaction.execute(status -> {
                List<Claimed> due = claim(null, batchSize);
                return due.isEmpty() ? 0 : fire(due, node);
            });
        } catch (RuntimeException batchFailed) {
            // What is due now (the failed batch among it), each then claimed and fired in a transaction of its own.
            failed = transaction.execute(status -> claim(null, batchSize));
            log.warn("A batch of {} SLA timers failed ({}); firing them one by one", failed.size(), batchFailed.toString());
        }
        for (Claimed one : failed) {
            if (!going.getAsBoolean()) {
                break; // shutting down: the rest stays due
            }
            fireAlone(one.id(), node);
        }
        return failed.size(); // tried, each on its own: the next sweep may go on at once
    }

    /** Fires the claimed timers and deletes them, except those whose case is busy: they stay due. */
    private int fire(List<Claimed> claimed, String node) {
        List<TimerStep> deferred = chain.fireAll(claimed.stream().map(Claimed::step).filter(Objects::nonNull).toList(), node);
        Set<String> stay = deferred.stream().map(TimerStep::instanceId).collect(Collectors.toSet());
        List<Claimed> done = claimed.stream().filter(c -> !stay.contains(c.id())).toList();
        delete(done);
        return done.size();
    }

    private void fireAlone(String id, String node) {
        try {
            transaction.executeWithoutResult(status -> {
                List<Claimed> one = claim(id, 1);
                if (!one.isEmpty()) {
                    fire(one, node);
                }
            });
        } catch (RuntimeException failure) {
            transaction.executeWithoutResult(status -> claim(id, 1).forEach(c -> putOff(c, failure)));
        }
    }

    private void putOff(Claimed timer, RuntimeException failure) {
        int attempts = timer.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            log.error("SLA timer {} failed {} times and is given up: {}", timer.id(), attempts,
                    failure.toString());
            delete(List.of(timer));
            return;
        }
        Instant next = clock.instant().plus(FIRST_RETRY.multipliedBy(1L << (attempts - 1)));
        log.warn("SLA timer {} failed (attempt {} of {}), tried again at {}: {}", timer.id(), attempts,
                MAX_ATTEMPTS, next, failure.toString());
        jdbc.sql("update sla_timer set attempts = ?, due_at = ? where id = ?")
                .params(attempts, Timestamp.from(next), timer.id()).update();
    }

    /**
     * Due timers, locked for this transaction, oldest first; {@code id} narrows it to one. A node that hangs
     * rather than dies (a stuck thread, a long pause) would keep its claim: the session is ended after a
     * minute idle in the transaction or in one statement, and the timers are due again.
     */
    private List<Claimed> claim(String id, int limit) {
        jdbc.sql("select set_config('idle_in_transaction_session_timeout', '60s', true),"
                + " set_config('statement_timeout', '60s', true)").query().singleRow();
        return jdbc.sql("select id, data, attempts from sla_timer where due_at <= ?"
                        + Optional.ofNullable(id).map(x -> " and id = ?").orElse("")
                        + " order by due_at limit ? for update skip locked")
                .params(id == null ? List.of(Timestamp.from(clock.instant()), limit)
                        : List.of(Timestamp.from(clock.instant()), id, limit))
                .query((rs, row) -> new Claimed(rs.getString(1), readable(rs.getString(1), rs.getString(2)), rs.getInt(3)))
                .list();
    }

    /** An unreadable timer can never fire: it is dropped with the batch, and said so. */
    private static TimerStep readable(String id, String data) {
        try {
            return TimerStep.parse(id, data);
        } catch (RuntimeException unreadable) {
            log.error("SLA timer {} is unreadable and is dropped: {}", id, unreadable.toString());
            return null;
        }
    }

    private void delete(List<Claimed> fired) {
        if (fired.isEmpty()) {
            return;
        }
        jdbc.sql("delete from sla_timer where id = any(?)")
                .param(fired.stream().map(Claimed::id).toArray(String[]::new)).update();
    }
}
