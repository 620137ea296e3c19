package org.kefu.sla;

import java.util.ArrayList;
import java.util.List;

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

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void arm(CaseDeadline deadline) {
        cancel(TimerStep.prefix(deadline.caseId(), deadline.clock()));
        // A re-armed clock (new deadline after a pause, say) starts its chain afresh.
        escalations.close(deadline.caseId(), deadline.clock());
        List<TimerStep> steps = new ArrayList<>();
        for (int i = 0; i < deadline.warnings().size(); i++) {
            if (deadline.warnings().get(i).isBefore(deadline.dueAt())) {
                steps.add(TimerStep.warning(deadline, i + 1, deadline.warnings().get(i)));
            }
        }
        steps.add(TimerStep.breach(deadline));
        steps.forEach(this::schedule);
    }

    /** One step; a step already there (picked and firing now) stays as it is. */
    void schedule(TimerStep step) {
        client.scheduleIfNotExists(new TaskInstance<>(TimerStep.TASK, step.instanceId(), step.data()), step.at());
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void disarm(long caseId, String clock) {
        cancel(TimerStep.prefix(caseId, clock));
        escalations.close(caseId, clock);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void disarmAll(long caseId) {
        cancel(TimerStep.prefix(caseId));
        escalations.closeAll(caseId);
    }

    private void cancel(String prefix) {
        jdbc.sql("delete from scheduled_tasks where task_name = ? and task_instance like ? and not picked")
                .param(TimerStep.TASK).param(prefix.replace("_", "\\_") + "%").update();
    }
}
