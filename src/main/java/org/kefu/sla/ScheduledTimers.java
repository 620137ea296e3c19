package org.kefu.sla;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DeadlineTimers} on {@code sla_timer}: each warning and the breach of a case clock is one row
 * ({@link TimerStep}), written in the caller's transaction, so a case change and its timers commit or roll
 * back together. Cancelling skips a timer that a node has claimed (it is firing right now): waiting for it
 * could deadlock with the step, which takes the case after its timers; the step itself then finds the
 * clock closed or re-armed ({@link EscalationChain}).
 */
@Service
class ScheduledTimers implements DeadlineTimers {

    private final JdbcClient jdbc;
    private final EscalationStore escalations;

    ScheduledTimers(JdbcClient jdbc, EscalationStore escalations) {
        this.jdbc = jdbc;
        this.escalations = escalations;
    }

    /**
     * Callers re-arm on every write that may move a deadline, so arming an unchanged deadline changes
     * nothing: a breached clock keeps climbing, and nobody is warned twice. A moved deadline starts the
     * clock's chain afresh, except that warnings already given and already past are not given again.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void arm(CaseDeadline deadline) {
        Instant due = deadline.dueAt();
        // Most armings are of a clock with nothing armed yet (every case opened arms two or three): then
        // there are no timers to replace and no chain to close, and two statements do.
        int fresh = jdbc.sql("insert into sla_armed_clock (case_id, clock, due_at) values (?, ?, ?)"
                        + " on conflict (case_id, clock) do nothing")
                .params(deadline.caseId(), deadline.clock(), Timestamp.from(due)).update();
        if (fresh == 1) {
            insertAll(steps(deadline, false));
            return;
        }
        Optional<EscalationStore.Escalation> open = escalations.lockOpen(deadline.caseId(), deadline.clock());
        if (open.isPresent() && open.get().level() > 0 && sameMicrosecond(open.get().dueAt(), due)) {
            return;
        }
        // The arming, not the breach timer: a timer that failed and was put off has another due time.
        Optional<Instant> armed = jdbc.sql("select due_at from sla_armed_clock where case_id = ? and clock = ?")
                .params(deadline.caseId(), deadline.clock())
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
        if (armed.isPresent() && sameMicrosecond(armed.get(), due)) {
            return;
        }
        cancel(deadline.caseId(), deadline.clock());
        escalations.close(deadline.caseId(), deadline.clock());
        jdbc.sql("insert into sla_armed_clock (case_id, clock, due_at) values (?, ?, ?) on conflict (case_id, clock)"
                        + " do update set due_at = excluded.due_at")
                .params(deadline.caseId(), deadline.clock(), Timestamp.from(due)).update();
        insertAll(steps(deadline, open.isPresent() && open.get().warnedAt() != null));
    }

    /** The warnings still to give (not those already given and past) and the breach. */
    private static List<TimerStep> steps(CaseDeadline deadline, boolean warned) {
        Instant now = Instant.now();
        List<TimerStep> steps = new ArrayList<>();
        for (int i = 0; i < deadline.warnings().size(); i++) {
            Instant at = deadline.warnings().get(i);
            if (at.isBefore(deadline.dueAt()) && !(warned && !at.isAfter(now))) {
                steps.add(TimerStep.warning(deadline, i + 1, at));
            }
        }
        steps.add(TimerStep.breach(deadline));
        return steps;
    }

    /**
     * Timers in one statement. A row already there is the same step of an arming with the same deadline,
     * perhaps being fired right now; it stays.
     */
    void insertAll(List<TimerStep> steps) {
        if (steps.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(steps.size() * 5);
        for (TimerStep step : steps) {
            params.add(step.instanceId());
            params.add(step.caseId());
            params.add(step.clock());
            params.add(Timestamp.from(step.at()));
            params.add(step.data());
        }
        jdbc.sql("insert into sla_timer (id, case_id, clock, due_at, data) values "
                        + String.join(", ", Collections.nCopies(steps.size(), "(?, ?, ?, ?, ?)"))
                        + " on conflict (id) do nothing")
                .params(params).update();
    }

    /** PostgreSQL keeps microseconds, rounded: an instant read back may differ by less than one. */
    private static boolean sameMicrosecond(Instant stored, Instant given) {
        return Math.abs(Duration.between(stored, given).toNanos()) < 1_000;
    }

    /**
     * The steps (of {@code steps}) that belong to their clock's current arming, in one statement. Shares the
     * armings' row locks, so a concurrent disarm or re-arm waits for the steps, or the steps see its result.
     */
    Set<TimerStep> current(Collection<TimerStep> steps) {
        if (steps.isEmpty()) {
            return Set.of();
        }
        Map<String, Instant> armed = new HashMap<>();
        jdbc.sql("select a.case_id, a.clock, a.due_at from sla_armed_clock a"
                        + " join unnest(?::bigint[], ?::text[]) k (case_id, clock) using (case_id, clock)"
                        + " order by a.case_id, a.clock for share of a")
                .params(steps.stream().map(TimerStep::caseId).toArray(Long[]::new),
                        steps.stream().map(TimerStep::clock).toArray(String[]::new))
                .query((rs, row) -> armed.put(rs.getLong(1) + "/" + rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
        Set<TimerStep> current = new HashSet<>();
        for (TimerStep step : steps) {
            Instant due = armed.get(step.caseId() + "/" + step.clock());
            if (due != null && sameMicrosecond(due, step.deadline())) {
                current.add(step);
            }
        }
        return current;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void disarm(long caseId, String clock) {
        if (jdbc.sql("delete from sla_armed_clock where case_id = ? and clock = ?").params(caseId, clock).update() == 0) {
            return; // never armed, or disarmed already: no timers, no open chain (steps need an arming)
        }
        cancel(caseId, clock);
        escalations.close(caseId, clock);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void disarmAll(long caseId) {
        if (jdbc.sql("delete from sla_armed_clock where case_id = ?").param(caseId).update() == 0) {
            return;
        }
        jdbc.sql("delete from sla_timer where id in (select id from sla_timer where case_id = ? for update skip locked)")
                .param(caseId).update();
        escalations.closeAll(caseId);
    }

    private void cancel(long caseId, String clock) {
        jdbc.sql("delete from sla_timer where id in (select id from sla_timer where case_id = ? and clock = ?"
                + " for update skip locked)").params(caseId, clock).update();
    }
}
