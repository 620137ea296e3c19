package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.sla.EscalationFixtures.await;
import static org.kefu.sla.EscalationFixtures.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Timers as a cluster sees them: two schedulers (two nodes) on one database fire every timer exactly once,
 * and a timer that fell due while no scheduler ran fires as soon as one starts.
 */
@KefuTest
class TimerClusterTests {

    @Autowired
    DeadlineTimers timers;
    @Autowired
    TimerTasks tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    OrgUnits orgUnits;

    /** Counts the timers a scheduler completed, per instance id. */
    static final class Completions extends AbstractSchedulerListener {
        final ConcurrentHashMap<String, AtomicInteger> byInstance = new ConcurrentHashMap<>();
        final AtomicInteger total = new AtomicInteger();

        @Override
        public void onExecutionComplete(ExecutionComplete complete) {
            if (complete.getResult() == ExecutionComplete.Result.OK) {
                byInstance.computeIfAbsent(complete.getExecution().getId(), k -> new AtomicInteger()).incrementAndGet();
                total.incrementAndGet();
            }
        }
    }

    @Test
    void twoNodesOnOneDatabaseFireEveryTimerExactlyOnce() throws Exception {
        EscalationFixtures org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        String policy = org.policyWithWindow(Duration.ofHours(1)); // no climb within the test
        List<EscalationFixtures.OpenedCase> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cases.add(org.openCase());
        }
        Instant due = Instant.now().plusMillis(1500);
        for (EscalationFixtures.OpenedCase c : cases) {
            timers.arm(deadline(c, due, List.of(due.minusMillis(600), due.minusMillis(300)), policy, false));
        }
        Completions one = new Completions();
        Completions two = new Completions();
        // Small batches (at most one per free thread), so that neither node takes every timer in one fetch.
        Scheduler nodeOne = tasks.builder("node-one").pollingInterval(Duration.ofMillis(100)).threads(4)
                .pollUsingLockAndFetch(0.5, 1.0).addSchedulerListener(one).build();
        Scheduler nodeTwo = tasks.builder("node-two").pollingInterval(Duration.ofMillis(100)).threads(4)
                .pollUsingLockAndFetch(0.5, 1.0).addSchedulerListener(two).build();
        nodeOne.start();
        nodeTwo.start();
        try {
            await(Duration.ofSeconds(20), () -> one.total.get() + two.total.get() >= 120);
            Thread.sleep(500); // a double firing would show up now
        } finally {
            nodeOne.stop();
            nodeTwo.stop();
        }

        assertThat(one.total.get() + two.total.get()).isEqualTo(120);
        assertThat(one.byInstance.keySet()).doesNotContainAnyElementsOf(two.byInstance.keySet());
        assertThat(one.byInstance.values()).allMatch(n -> n.get() == 1);
        assertThat(two.byInstance.values()).allMatch(n -> n.get() == 1);
        for (EscalationFixtures.OpenedCase c : cases) {
            assertThat(org.steps(c.id())).containsExactlyInAnyOrder("warn-1", "warn-2", "breach");
            assertThat(org.inApp(org.supervisor, "sla.escalation", c.number())).isEqualTo(1);
            assertThat(org.level(c.id())).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(distinct fired_by) from sla_escalation_step where case_id = any(?)")
                .param(cases.stream().map(EscalationFixtures.OpenedCase::id).toArray(Long[]::new))
                .query(Integer.class).single()).as("both nodes took part").isEqualTo(2);
    }

    @Test
    void aTimerThatFellDueWhileNoSchedulerRanFiresRightAfterOneStarts() throws Exception {
        EscalationFixtures org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        EscalationFixtures.OpenedCase c = org.openCase();
        timers.arm(deadline(c, Instant.now().plusMillis(200), List.of(), "", false));
        Thread.sleep(1200); // "the application is down": this context fires no timers of its own
        assertThat(org.steps(c.id())).isEmpty();
        assertThat(org.timersOf(c.id())).isEqualTo(1);

        Scheduler restarted = tasks.builder("restarted").build(); // the configured polling (200 ms in tests)
        Instant started = Instant.now();
        restarted.start();
        try {
            await(Duration.ofSeconds(5), () -> org.steps(c.id()).contains("breach"));
        } finally {
            restarted.stop();
        }
        // One polling interval (200 ms in tests) plus the step; generous for a shared, loaded machine.
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(3));
        assertThat(org.recipients(c.id(), "breach")).containsExactly(org.supervisor);
    }
}
