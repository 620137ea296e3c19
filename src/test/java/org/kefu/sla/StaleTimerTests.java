package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.sla.EscalationFixtures.await;
import static org.kefu.sla.EscalationFixtures.deadline;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Timers that outlive their arming (found in review): a breach picked by a node that then died, while the
 * clock was met or moved; an arming rolled back with the case change; an acknowledgement of a level the
 * chain has left.
 */
@KefuTest
class StaleTimerTests {

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
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anArmingRolledBackWithItsChangeLeavesNoTimer() throws Exception {
        EscalationFixtures org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        EscalationFixtures.OpenedCase c = org.openCase();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            timers.arm(deadline(c, Instant.now().plusSeconds(3600), List.of(), "", false));
            status.setRollbackOnly();
        });
        assertThat(org.timersOf(c.id())).isZero();
    }

    @Test
    void aBreachPickedBeforeItsClockWasMetOrMovedChangesNothingAndTheMovedDeadlineKeepsItsBreach() throws Exception {
        EscalationFixtures org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        EscalationFixtures.OpenedCase met = org.openCase();
        EscalationFixtures.OpenedCase moved = org.openCase();
        Instant due = Instant.now().plusSeconds(3600);
        timers.arm(deadline(met, due, List.of(), "", false));
        timers.arm(deadline(moved, due, List.of(), "", false));
        String metBreach = met.id() + "/resolution/" + due.toEpochMilli() + "/breach";
        String movedBreach = moved.id() + "/resolution/" + due.toEpochMilli() + "/breach";
        // A node picks both breaches and dies with them.
        assertThat(jdbc.sql("update scheduled_tasks set picked = true, picked_by = 'dead', last_heartbeat = now(),"
                + " execution_time = now() where task_instance in (?, ?)").params(metBreach, movedBreach).update())
                .isEqualTo(2);
        timers.disarm(met.id(), "resolution");
        Instant later = due.plusSeconds(7200);
        timers.arm(deadline(moved, later, List.of(), "", false));
        // What db-scheduler does with a dead node's picks once its heartbeat is stale: run them again.
        jdbc.sql("update scheduled_tasks set picked = false, picked_by = null where task_instance in (?, ?)")
                .params(metBreach, movedBreach).update();
        Scheduler scheduler = tasks.builder("stale-test").pollingInterval(Duration.ofMillis(100)).build();
        scheduler.start();
        try {
            await(Duration.ofSeconds(15), () -> jdbc.sql("select count(*) from scheduled_tasks where task_instance in (?, ?)")
                    .params(metBreach, movedBreach).query(Long.class).single() == 0);
        } finally {
            scheduler.stop();
        }
        assertThat(org.steps(met.id())).isEmpty();
        assertThat(org.steps(moved.id())).isEmpty();
        assertThat(org.inApp(org.supervisor, "sla.escalation", met.number())).isZero();
        assertThat(jdbc.sql("select count(*) from sla_escalation where case_id in (?, ?)")
                .params(met.id(), moved.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select task_instance from scheduled_tasks where task_instance like ?")
                .param(moved.id() + "/%").query(String.class).list())
                .containsExactly(moved.id() + "/resolution/" + later.toEpochMilli() + "/breach");
    }

    @Test
    void anAcknowledgementOfALevelTheChainHasLeftIsRefused() throws Exception {
        EscalationFixtures org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        EscalationFixtures.OpenedCase c = org.openCase();
        timers.arm(deadline(c, Instant.now().plusMillis(300), List.of(), org.policyWithWindow(Duration.ofMillis(800)),
                false));
        Scheduler scheduler = tasks.builder("ack-test").pollingInterval(Duration.ofMillis(100)).build();
        scheduler.start();
        try {
            await(Duration.ofSeconds(15), () -> org.level(c.id()) == 2);
        } finally {
            scheduler.stop();
        }
        long id = jdbc.sql("select id from sla_escalation where case_id = ?").param(c.id()).query(Long.class).single();
        // The supervisor's page still showed level 1.
        mvc.perform(post("/api/v1/sla/escalations/" + id + "/acknowledge").param("level", "1")
                        .with(staff.as(org.supervisor)))
                .andExpect(status().isConflict());
        // Level 2 is management's to take on, not the supervisor's whose level lapsed.
        mvc.perform(post("/api/v1/sla/escalations/" + id + "/acknowledge").param("level", "2")
                        .with(staff.as(org.supervisor)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sla/escalations/" + id + "/acknowledge").param("level", "2")
                        .with(staff.as(org.manager)))
                .andExpect(status().isOk());
    }
}
