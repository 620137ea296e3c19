package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.sla.EscalationFixtures.await;
import static org.kefu.sla.EscalationFixtures.deadline;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

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
 * Timers that outlive their arming (found in review): a breach claimed by a node that then died, while the
 * clock was met or moved; an arming rolled back with the case change; an acknowledgement of a level the
 * chain has left.
 */
@KefuTest
class StaleTimerTests {

    @Autowired
    DeadlineTimers timers;
    @Autowired
    TimerSweep sweep;
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
    @Autowired
    DataSource dataSource;

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
        jdbc.sql("update sla_timer set due_at = now() where id in (?, ?)").params(metBreach, movedBreach).update();
        // A node claims both breaches (its batch's transaction holds their rows) ...
        try (Connection dying = dataSource.getConnection()) {
            dying.setAutoCommit(false);
            try (PreparedStatement claim = dying.prepareStatement(
                    "select id from sla_timer where id in (?, ?) for update skip locked")) {
                claim.setString(1, metBreach);
                claim.setString(2, movedBreach);
                try (ResultSet claimed = claim.executeQuery()) {
                    int n = 0;
                    while (claimed.next()) {
                        n++;
                    }
                    assertThat(n).isEqualTo(2);
                }
            }
            // ... meanwhile the clock is met on one case and moved on the other: neither waits for that node ...
            timers.disarm(met.id(), "resolution");
            Instant later = due.plusSeconds(7200);
            timers.arm(deadline(moved, later, List.of(), "", false));
            assertThat(jdbc.sql("select id from sla_timer where id like ? order by 1").param(moved.id() + "/%")
                    .query(String.class).list()).as("the new breach armed beside the claimed old one")
                    .containsExactly(movedBreach, moved.id() + "/resolution/" + later.toEpochMilli() + "/breach");
        } // ... and the node dies: its connection goes, the claim with it, and the rows are due again.
        try (TimerNode node = new TimerNode(sweep, "stale-test", Duration.ofMillis(100), 1, 10).start()) {
            await(Duration.ofSeconds(15), () -> jdbc.sql("select count(*) from sla_timer where id in (?, ?)")
                    .params(metBreach, movedBreach).query(Long.class).single() == 0);
        }
        assertThat(org.steps(met.id())).isEmpty();
        assertThat(org.steps(moved.id())).isEmpty();
        assertThat(org.inApp(org.supervisor, "sla.escalation", met.number())).isZero();
        assertThat(jdbc.sql("select count(*) from sla_escalation where case_id in (?, ?)")
                .params(met.id(), moved.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select id from sla_timer where id like ?")
                .param(moved.id() + "/%").query(String.class).list())
                .containsExactly(moved.id() + "/resolution/" + due.plusSeconds(7200).toEpochMilli() + "/breach");
    }

    @Test
    void anAcknowledgementOfALevelTheChainHasLeftIsRefused() throws Exception {
        EscalationFixtures org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        EscalationFixtures.OpenedCase c = org.openCase();
        timers.arm(deadline(c, Instant.now().plusMillis(300), List.of(), org.policyWithWindow(Duration.ofMillis(800)),
                false));
        try (TimerNode node = new TimerNode(sweep, "ack-test", Duration.ofMillis(100), 1, 10).start()) {
            await(Duration.ofSeconds(15), () -> org.level(c.id()) == 2);
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
