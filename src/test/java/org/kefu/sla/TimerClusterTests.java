package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.sla.EscalationFixtures.await;
import static org.kefu.sla.EscalationFixtures.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Timers as a cluster sees them: two nodes on one database fire every timer exactly once,
 * and a timer that fell due while no node ran fires as soon as one starts.
 */
@KefuTest
class TimerClusterTests {

    @Autowired
    DeadlineTimers timers;
    @Autowired
    TimerSweep sweep;
    @Autowired
    SchedulingProperties properties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    OrgUnits orgUnits;

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
        Long[] ids = cases.stream().map(EscalationFixtures.OpenedCase::id).toArray(Long[]::new);
        // Small batches, so that neither node takes every timer in one claim.
        try (TimerNode one = new TimerNode(sweep, "node-one", Duration.ofMillis(100), 2, 3).start();
             TimerNode two = new TimerNode(sweep, "node-two", Duration.ofMillis(100), 2, 3).start()) {
            await(Duration.ofSeconds(20), () -> stepsOf(ids) >= 120);
            Thread.sleep(500); // a double firing would show up now
        }

        assertThat(stepsOf(ids)).isEqualTo(120);
        assertThat(jdbc.sql("select count(*) from sla_timer where case_id = any(?) and id not like '%/level-2'")
                .param(ids).query(Long.class).single()).as("fired timers are gone").isZero();
        for (EscalationFixtures.OpenedCase c : cases) {
            assertThat(org.steps(c.id())).containsExactlyInAnyOrder("warn-1", "warn-2", "breach");
            assertThat(org.inApp(org.supervisor, "sla.escalation", c.number())).isEqualTo(1);
            assertThat(org.level(c.id())).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(distinct fired_by) from sla_escalation_step where case_id = any(?)")
                .param(ids).query(Integer.class).single()).as("both nodes took part").isEqualTo(2);
    }

    private long stepsOf(Long[] caseIds) {
        return jdbc.sql("select count(*) from sla_escalation_step where case_id = any(?)").param(caseIds)
                .query(Long.class).single();
    }

    @Test
    void aTimerThatFellDueWhileNoNodeRanFiresRightAfterOneStarts() throws Exception {
        EscalationFixtures org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        EscalationFixtures.OpenedCase c = org.openCase();
        timers.arm(deadline(c, Instant.now().plusMillis(200), List.of(), "", false));
        Thread.sleep(1200); // "the application is down": this context fires no timers of its own
        assertThat(org.steps(c.id())).isEmpty();
        assertThat(org.timersOf(c.id())).isEqualTo(1);

        Instant started = Instant.now();
        try (TimerNode restarted = new TimerNode(sweep, "restarted", properties.pollingInterval(), 1, 10).start()) {
            await(Duration.ofSeconds(5), () -> org.steps(c.id()).contains("breach"));
        }
        // One polling interval (200 ms in tests) plus the step; generous for a shared, loaded machine.
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(3));
        assertThat(org.recipients(c.id(), "breach")).containsExactly(org.supervisor);
    }
}
