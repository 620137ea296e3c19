package org.kefu.sla;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one db-scheduler task behind every SLA timer, and how a scheduler for it is built (the application's
 * own, and in tests several on one database). A due timer runs the escalation step in one transaction;
 * db-scheduler deletes the timer only after that commits, so a node dying mid-step makes the step run
 * again elsewhere, and {@link EscalationChain} makes a repeated step change nothing.
 */
@Component
class TimerTasks {

    static final int MAX_ATTEMPTS = 8;

    private final OneTimeTask<String> task;
    private final DataSource dataSource;
    private final SchedulingProperties properties;

    TimerTasks(ObjectProvider<EscalationChain> chain, PlatformTransactionManager transactions, DataSource dataSource,
               SchedulingProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        // The chain is looked up when a timer fires: it schedules the next level through the client built
        // from this task, so asking for it at construction would be a cycle.
        // A step that keeps failing (unreadable data, a rule that refuses it every time) is retried with
        // growing pauses, then given up and logged, instead of every 5 minutes for ever.
        this.task = Tasks.oneTime(TimerStep.TASK, String.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(MAX_ATTEMPTS,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(30), 2.0)))
                .execute((instance, context) ->
                inTransaction.executeWithoutResult(status -> chain.getObject().fire(
                        TimerStep.parse(instance.getId(), instance.getData()),
                        String.valueOf(context.getExecution().pickedBy))));
    }

    List<Task<?>> all() {
        return List.of(task);
    }

    /** A scheduler (not started) for this node's timers, on the real data source (it commits its own picks). */
    Scheduler scheduler(String name) {
        return builder(name).build();
    }

    /** The configured scheduler, before it is built: tests add listeners or poll faster. */
    SchedulerBuilder builder(String name) {
        return Scheduler.create(dataSource, all())
                .schedulerName(new SchedulerName.Fixed(name))
                .serializer(new TimerSerializer())
                .pollingInterval(properties.pollingInterval())
                .threads(properties.threads())
                .heartbeatInterval(properties.heartbeat())
                // A step is a short transaction: shutting down must not wait db-scheduler's default 30 min.
                .shutdownMaxWait(Duration.ofSeconds(20))
                // Lock-and-fetch: one UPDATE ... WHERE ... FOR UPDATE SKIP LOCKED ... RETURNING per batch, so
                // nodes never pick the same timer and never wait for each other's locks.
                .pollUsingLockAndFetch(0.5, Math.max(1.0, (double) properties.batchSize() / properties.threads()))
                .enableImmediateExecution();
    }
}
