package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.sla.EscalationFixtures.await;
import static org.kefu.sla.EscalationFixtures.deadline;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The chain on real timers: warning, breach, supervisor, unit head, head office; acknowledgement; disarming. */
@KefuTest
class EscalationChainTests {

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

    private TimerNode node;
    private EscalationFixtures org;

    @BeforeEach
    void start() {
        org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        node = new TimerNode(sweep, "chain-test", Duration.ofMillis(100), 2, 50).start();
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void aBreachNobodyAcknowledgesClimbsFromSupervisorToUnitHeadToHeadOffice() throws Exception {
        EscalationFixtures.OpenedCase c = org.openCase();
        Instant now = Instant.now();
        timers.arm(deadline(c, now.plusMillis(800), List.of(now.plusMillis(200)),
                org.policyWithWindow(Duration.ofMillis(1200)), false));

        await(Duration.ofSeconds(15), () -> org.level(c.id()) == 3);

        assertThat(org.steps(c.id())).containsExactly("warn-1", "breach", "level-2", "level-3");
        assertThat(org.recipients(c.id(), "warn-1")).containsExactly(org.owner);
        assertThat(org.recipients(c.id(), "breach")).containsExactly(org.supervisor);
        assertThat(org.recipients(c.id(), "level-2")).containsExactly(org.manager);
        assertThat(org.recipients(c.id(), "level-3")).contains("manager.hq").doesNotContain(org.manager);
        assertThat(org.inApp(org.owner, "sla.warning", c.number())).isEqualTo(1);
        assertThat(org.inApp(org.supervisor, "sla.escalation", c.number())).isEqualTo(1);
        assertThat(org.inApp(org.manager, "sla.escalation", c.number())).isEqualTo(1);
        assertThat(org.inApp("manager.hq", "sla.escalation", c.number())).isEqualTo(1);
        assertThat(jdbc.sql("select action from audit_entry where entity_id = ? and action like 'sla.%' order by id")
                .param(c.number()).query(String.class).list()).containsExactly("sla.warned", "sla.breached",
                "sla.escalation.raised", "sla.escalation.raised", "sla.escalation.raised");
        // The top level has nobody above it: no timer is left behind.
        assertThat(org.timersOf(c.id())).isZero();
        // Without the policy asking for it, the case stays with its owner.
        mvc.perform(get("/api/v1/cases/" + c.number()).with(staff.as(org.supervisor)))
                .andExpect(jsonPath("$.owner").value(org.owner));
    }

    @Test
    void acknowledgingStopsTheClimbAndReassignsWhenThePolicySaysSo() throws Exception {
        EscalationFixtures.OpenedCase c = org.openCase();
        timers.arm(deadline(c, Instant.now().plusMillis(300), List.of(),
                org.policyWithWindow(Duration.ofMillis(1500)), true));
        await(Duration.ofSeconds(10), () -> org.level(c.id()) == 1);
        long id = jdbc.sql("select id from sla_escalation where case_id = ?").param(c.id()).query(Long.class).single();

        // Someone outside the case's units does not see it; an agent may not acknowledge at all.
        String otherSupervisor = staff.newUser("SH", "supervisor", false);
        mvc.perform(post("/api/v1/sla/escalations/" + id + "/acknowledge").with(staff.as(otherSupervisor)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/sla/escalations/" + id + "/acknowledge").with(staff.as(org.owner)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sla/escalations/" + id + "/acknowledge").with(staff.as(org.supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("acknowledged"))
                .andExpect(jsonPath("$.level").value(1))
                .andExpect(jsonPath("$.acknowledgedBy").value(org.supervisor));
        mvc.perform(post("/api/v1/sla/escalations/" + id + "/acknowledge").with(staff.as(org.supervisor)))
                .andExpect(status().isConflict());

        Thread.sleep(2500); // past level 1's acknowledgement deadline
        assertThat(org.steps(c.id())).containsExactly("breach");
        assertThat(org.level(c.id())).isEqualTo(1);
        assertThat(org.inApp(org.manager, "sla.escalation", c.number())).isZero();
        assertThat(org.timersOf(c.id())).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'sla.escalation.acknowledged'")
                .param(c.number()).query(Long.class).single()).isEqualTo(1);
        // The policy reassigns on escalation: the case went to the level-1 supervisor.
        mvc.perform(get("/api/v1/cases/" + c.number()).with(staff.as(org.supervisor)))
                .andExpect(jsonPath("$.owner").value(org.supervisor));
    }

    @Test
    void disarmingBeforeTheDeadlineFiresNothing() throws Exception {
        EscalationFixtures.OpenedCase c = org.openCase();
        EscalationFixtures.OpenedCase other = org.openCase();
        Instant now = Instant.now();
        timers.arm(deadline(c, now.plusMillis(700), List.of(now.plusMillis(400)), "", false));
        timers.arm(new CaseDeadline(c.id(), c.number(), "first_response", now, now.plusMillis(700), List.of(), "", 0,
                false));
        timers.arm(deadline(other, now.plusMillis(700), List.of(), "", false));
        assertThat(org.timersOf(c.id())).isEqualTo(3);
        timers.disarm(c.id(), "first_response");
        assertThat(org.timersOf(c.id())).isEqualTo(2);
        timers.disarmAll(c.id());
        assertThat(org.timersOf(c.id())).isZero();

        await(Duration.ofSeconds(10), () -> org.steps(other.id()).contains("breach"));
        Thread.sleep(300);
        assertThat(org.steps(c.id())).isEmpty();
        assertThat(org.inApp(org.owner, "sla.warning", c.number())).isZero();
        assertThat(org.inApp(org.supervisor, "sla.escalation", c.number())).isZero();
    }

    @Test
    void armingAgainReplacesTheClockTimers() throws Exception {
        EscalationFixtures.OpenedCase c = org.openCase();
        // Microseconds, as PostgreSQL keeps them.
        Instant later = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        timers.arm(deadline(c, later, List.of(later.minusSeconds(600), later.minusSeconds(300)), "", false));
        timers.arm(deadline(c, later.plusSeconds(60), List.of(later.minusSeconds(60)), "", false));
        assertThat(jdbc.sql("select id from sla_timer where id like ? order by 1")
                .param(c.id() + "/%").query(String.class).list())
                .containsExactly(c.id() + "/resolution/" + later.plusSeconds(60).toEpochMilli() + "/breach",
                        c.id() + "/resolution/" + later.plusSeconds(60).toEpochMilli() + "/warn-1");
        assertThat(jdbc.sql("select due_at from sla_timer where id = ?")
                .param(c.id() + "/resolution/" + later.plusSeconds(60).toEpochMilli() + "/breach")
                .query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(later.plusSeconds(60));
        timers.disarmAll(c.id());
    }

    @Test
    void armingAnUnchangedDeadlineAgainNeitherRestartsTheChainNorWarnsTwice() throws Exception {
        EscalationFixtures.OpenedCase c = org.openCase();
        Instant now = Instant.now();
        CaseDeadline d = deadline(c, now.plusMillis(600), List.of(now.plusMillis(100)),
                org.policyWithWindow(Duration.ofHours(1)), false);
        timers.arm(d);
        await(Duration.ofSeconds(10), () -> org.level(c.id()) == 1);
        timers.arm(d); // what the policy side does on every write to the case
        Thread.sleep(800);
        assertThat(org.steps(c.id())).containsExactly("warn-1", "breach");
        assertThat(org.timersOf(c.id())).as("level 2 still armed").isEqualTo(1);

        // A moved deadline starts afresh: the breached row closes, the passed warning is not given again.
        Instant later = Instant.now().plus(Duration.ofHours(1));
        timers.arm(deadline(c, later, List.of(now.plusMillis(100), later.minusSeconds(60)), "", false));
        assertThat(org.level(c.id())).isEqualTo(-1);
        assertThat(jdbc.sql("select id from sla_timer where id like ? order by 1")
                .param(c.id() + "/%").query(String.class).list())
                .containsExactly(c.id() + "/resolution/" + later.toEpochMilli() + "/breach",
                        c.id() + "/resolution/" + later.toEpochMilli() + "/warn-2");
        timers.disarmAll(c.id());
    }
}
