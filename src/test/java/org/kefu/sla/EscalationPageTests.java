package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kefu.sla.EscalationFixtures.deadline;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The supervisor's page and list API over escalations the chain itself wrote (the timers' steps are run
 * directly, as a timer node would run them): scope, filters, paging, acknowledging from the page.
 */
@KefuTest
class EscalationPageTests {

    @Autowired
    DeadlineTimers timers;
    @Autowired
    EscalationChain chain;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    OrgUnits orgUnits;

    private EscalationFixtures org;
    private EscalationFixtures.OpenedCase atRisk;
    private EscalationFixtures.OpenedCase breached;

    @BeforeEach
    void twoCasesOnTheChain() throws Exception {
        org = new EscalationFixtures(orgUnits, staff, mvc, jdbc);
        atRisk = org.openCase();
        breached = org.openCase();
        Instant due = Instant.now().plus(Duration.ofHours(2));
        CaseDeadline risky = deadline(atRisk, due, List.of(due.minusSeconds(3600)), "", false);
        CaseDeadline late = deadline(breached, due, List.of(), "", false);
        timers.arm(risky);
        timers.arm(late);
        chain.fire(TimerStep.warning(risky, 1, Instant.now()), "test");
        chain.fire(TimerStep.breach(late), "test");
    }

    @Test
    void theListShowsTheUnitsOpenEscalationsFilteredAndPaged() throws Exception {
        mvc.perform(get("/api/v1/sla/escalations").param("unit", org.unit).with(staff.as(org.supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[?(@.caseNumber == '" + breached.number() + "')].level").value(1))
                .andExpect(jsonPath("$.items[?(@.caseNumber == '" + atRisk.number() + "')].state").value("at_risk"));
        mvc.perform(get("/api/v1/sla/escalations").param("unit", org.unit).param("state", "breached")
                        .param("size", "1").with(staff.as(org.manager)))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].caseNumber").value(breached.number()))
                .andExpect(jsonPath("$.items[0].unit").value(org.unit));
        // Another branch's supervisor sees none of them, and may not name the unit.
        String shSupervisor = staff.newUser("SH", "supervisor", false);
        mvc.perform(get("/api/v1/sla/escalations").with(staff.as(shSupervisor)))
                .andExpect(jsonPath("$.items[?(@.unit == '" + org.unit + "')]").isEmpty());
        mvc.perform(get("/api/v1/sla/escalations").param("unit", org.unit).with(staff.as(shSupervisor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        mvc.perform(get("/api/v1/sla/escalations").param("state", "late").with(staff.as(org.supervisor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        mvc.perform(get("/api/v1/sla/escalations").with(staff.as(org.owner))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sla/escalations/999999999/acknowledge").with(staff.as(org.supervisor)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSupervisorAcknowledgesFromThePageInEitherLanguage() throws Exception {
        long id = jdbc.sql("select id from sla_escalation where case_id = ?").param(breached.id())
                .query(Long.class).single();
        mvc.perform(get("/sla/escalations").locale(Locale.ENGLISH).with(staff.as(org.supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cases at risk and breached")))
                .andExpect(content().string(containsString(breached.number())))
                .andExpect(content().string(containsString(atRisk.number())))
                .andExpect(content().string(containsString("/sla/escalations/" + id + "/acknowledge")))
                .andExpect(content().string(containsString("Open escalations by unit and level")));
        mvc.perform(get("/sla/escalations").locale(Locale.SIMPLIFIED_CHINESE).with(staff.as(org.supervisor)))
                .andExpect(content().string(containsString("即将超时与已超时工单")))
                .andExpect(content().string(containsString("1 · 主管")));

        mvc.perform(post("/sla/escalations/" + id + "/acknowledge").header("HX-Request", "true")
                        .locale(Locale.ENGLISH).with(csrf()).with(staff.as(org.supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("acknowledged")))
                .andExpect(content().string(not(containsString("/sla/escalations/" + id + "/acknowledge"))));
        assertThat(jdbc.sql("select acknowledged_by from sla_escalation where id = ?").param(id)
                .query(String.class).single()).isEqualTo(org.supervisor);
        mvc.perform(get("/sla/escalations").with(staff.as(org.owner))).andExpect(status().isForbidden());
    }
}
