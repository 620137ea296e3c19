package org.kefu.sla;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DeadlineTimers} on db-scheduler: each warning and the breach of a case clock is one one-time
 * timer ({@link TimerStep}). Writes go through the transaction-aware client, so they commit with the
 * caller's change. Cancelling is by instance-id prefix in SQL, which db-scheduler's client cannot do; a
 * timer already picked (firing right now) is left alone, and the step itself then finds the clock closed
 * or re-armed ({@link EscalationChain}).
 */
@Service
class ScheduledTimers implements DeadlineTimers {

    private final SchedulerClient client;
    private final JdbcClient jdbc;
    private final EscalationStore escalations;

    ScheduledTimers(SchedulerClient timerClient, JdbcClient jdbc, EscalationStore escalations) {
        this.client = timerClient;
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
        Optional<Instant> armed = jdbc.sql("select execution_time from scheduled_tasks where task_name = ?"
                        + " and task_instance = ?").params(TimerStep.TASK, TimerStep.breach(deadline).instanceId())
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
        if (armed.isPresent() && sameMicrosecond(armed.get(), due)) {
            return;
        }
        cancel(TimerStep.prefix(deadline.caseId(), deadline.clock()));
        escalations.close(deadline.caseId(), deadline.clock());
        jdbc.sql("insert into sla_armed_clock (case_id, clock, due_at) values (?, ?, ?) on conflict (case_id, clock)"
                        + " do update set due_at = excluded.due_at")
                .params(deadline.caseId(), deadline.clock(), Timestamp.from(due)).update();
        steps(deadline, open.isPresent() && open.get().warnedAt() != null).forEach(this::schedule);
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
     * The steps of a fresh arming in one statement, as db-scheduler would write each (version 1, not
     * picked, data as {@link TimerSerializer} stores it). A row already there is a step of an earlier
     * arming with the same deadline being picked right now; it stays, as with scheduleIfNotExists.
     */
    private void insertAll(List<TimerStep> steps) {
        List<Object> params = new ArrayList<>(steps.size() * 4);
        for (TimerStep step : steps) {
            params.add(TimerStep.TASK);
            params.add(step.instanceId());
            params.add(step.data().getBytes(StandardCharsets.UTF_8));
            params.add(Timestamp.from(step.at()));
        }
        jdbc.sql("insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)"
                        + " values " + String.join(", ", Collections.nCopies(steps.size(), "(?, ?, ?, ?, false, 1)"))
                        + " on conflict do nothing")
                .params(params).update();
    }

    /** PostgreSQL keeps microseconds, rounded: an instant read back may differ by less than one. */
    private static boolean sameMicrosecond(Instant stored, Instant given) {
        return Math.abs(Duration.between(stored, given).toNanos()) < 1_000;
    }

    /**
     * Whether {@code step} belongs to the clock's current arming. Shares the arming's row lock, so a
     * concurrent disarm or re-arm waits for the step, or the step sees its result.
     */
    boolean current(TimerStep step) {
        return jdbc.sql("select due_at from sla_armed_clock where case_id = ? and clock = ? for share")
                .params(step.caseId(), step.clock()).query(Timestamp.class).optional()
                .filter(armed -> sameMicrosecond(armed.toInstant(), step.deadline())).isPresent();
    }

    /** One step; a step already there (picked and firing now) stays as it is. */
    void schedule(TimerStep step) {
        client.scheduleIfNotExists(new TaskInstance<>(TimerStep.TASK, step.instanceId(), step.data()), step.at());
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void disarm(long caseId, String clock) {
        if (jdbc.sql("delete from sla_armed_clock where case_id = ? and clock = ?").params(caseId, clock).update() == 0) {
            return; // never armed, or disarmed already: no timers, no open chain (steps need an arming)
        }
        cancel(TimerStep.prefix(caseId, clock));
        escalations.close(caseId, clock);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void disarmAll(long caseId) {
        if (jdbc.sql("delete from sla_armed_clock where case_id = ?").param(caseId).update() == 0) {
            return;
        }
        cancel(TimerStep.prefix(caseId));
        escalations.closeAll(caseId);
    }

    private void cancel(String prefix) {
        jdbc.sql("delete from scheduled_tasks where task_name = ? and task_instance like ? and not picked")
                .param(TimerStep.TASK).param(prefix.replace("_", "\\_") + "%").update();
    }
}
