package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Deadlines stored on cases as they are worked: policy, pause and resume, replies, scope, the simulation. */
@KefuTest
class SlaDeadlineTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    private Instant column(String number, String column) {
        Timestamp t = jdbc.sql("select " + column + " from service_case where number = ?").param(number)
                .query(Timestamp.class).optional().orElse(null);
        return t == null ? null : t.toInstant();
    }

    @Test
    void aComplaintGetsItsPolicyAndRegulatoryDeadlinesReadableOnlyInScope() throws Exception {
        String n = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.COMPLAINT);
        assertThat(column(n, "first_response_due_at")).isNotNull();
        assertThat(column(n, "resolution_due_at")).isAfter(column(n, "first_response_due_at"));
        assertThat(column(n, "regulatory_due_at")).isNotNull();
        mvc.perform(get("/api/v1/cases/{n}/deadlines", n).with(staff.as("supervisor.bj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.policy.code").value("complaint"))
                .andExpect(jsonPath("$.policy.version").value(1))
                .andExpect(jsonPath("$.paused").value(false))
                .andExpect(jsonPath("$.deadlines.firstResponse").value(Matchers.endsWith("+08:00")))
                .andExpect(jsonPath("$.deadlines.nextUpdate").doesNotExist())
                .andExpect(jsonPath("$.regulatory.jurisdiction").value("GUIDE"))
                .andExpect(jsonPath("$.regulatory.milestones[*].name").value(Matchers.contains("reply", "result")));
        mvc.perform(get("/api/v1/cases/{n}", n).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.deadlines.nearest").isNotEmpty());
        mvc.perform(get("/api/v1/cases/{n}/deadlines", n).with(staff.as("agent.sh")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/{n}/deadlines", n).with(staff.as("agent.hd")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/{n}/deadlines", "KF-19990101-000001").with(staff.as("agent.bj")))
                .andExpect(status().isNotFound());
    }

    @Test
    void waitingStopsTheClocksAndResumingMovesThemByThePause() throws Exception {
        String n = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.CONSULTATION);
        Instant firstDue = column(n, "first_response_due_at");
        assertThat(Duration.between(column(n, "created_at"), firstDue)).as("30 calendar minutes")
                .isEqualTo(Duration.ofMinutes(30));
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "plan", 0);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "start", 1);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "wait_for_customer", 2);
        assertThat(column(n, "paused_since")).isNotNull();
        mvc.perform(get("/api/v1/cases/{n}/deadlines", n).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.paused").value(true));
        // As if the customer took two hours to answer.
        jdbc.sql("update service_case set paused_since = paused_since - interval '2 hours' where number = ?")
                .param(n).update();
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "resume", 3);
        assertThat(column(n, "paused_since")).isNull();
        assertThat(Duration.between(firstDue, column(n, "first_response_due_at")))
                .isBetween(Duration.ofHours(2), Duration.ofHours(2).plusSeconds(30));
        assertThat(jdbc.sql("select paused_total_seconds from service_case where number = ?").param(n)
                .query(Long.class).single()).isBetween(7200L, 7230L);
    }

    @Test
    void aReplyMeetsTheFirstResponseClockAndCountsForCompliance() throws Exception {
        String n = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.CONSULTATION);
        SlaCaseFixtures.json(mvc, staff, "agent.bj", "/api/v1/cases/" + n + "/replies",
                "{\"text\":\"内部备注\",\"visibleToCustomer\":false,\"version\":0}").andExpect(status().isOk());
        assertThat(column(n, "first_response_due_at")).as("an internal note is no response").isNotNull();
        SlaCaseFixtures.json(mvc, staff, "agent.bj", "/api/v1/cases/" + n + "/replies",
                "{\"text\":\"您好，利率为 1.5%\",\"visibleToCustomer\":true,\"version\":1}").andExpect(status().isOk());
        assertThat(column(n, "first_response_due_at")).isNull();
        assertThat(jdbc.sql("select met from sla_clock_outcome o join service_case c on c.id = o.case_id"
                + " where c.number = ? and o.clock = 'first_response'").param(n).query(Boolean.class).single()).isTrue();
        mvc.perform(get("/api/v1/sla/compliance").with(staff.as("supervisor.bj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byPolicy[?(@.key == 'consultation' && @.clock == 'first_response')].met")
                        .value(Matchers.everyItem(Matchers.greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$.byUnit[*].key").value(Matchers.hasItem("BJ")));
        mvc.perform(get("/api/v1/sla/compliance").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sla/compliance").param("days", "0").with(staff.as("supervisor.bj")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("days"));
        mvc.perform(get("/sla/compliance").with(staff.as("supervisor.bj"))).andExpect(status().isOk());
    }

    @Test
    void theConsoleSortsByTheNearestDeadlineAndShowsBadges() throws Exception {
        String n = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.CONSULTATION);
        mvc.perform(get("/api/v1/cases").param("sort", "dueAt,asc").param("owner", "agent.bj")
                        .with(staff.as("agent.bj")))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/cases").param("sort", "dueAt,asc").with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("due-badge").contains("sort-due");
        String casePage = mvc.perform(get("/cases/{n}", n).with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("id=\"due-firstResponse\"").contains("id=\"due-resolution\"");
    }

    @Test
    void simulationAnswersWithPolicyCalendarAndOffsetTimesAndNamesBadFields() throws Exception {
        mvc.perform(post("/api/v1/sla/simulate").header("Authorization", "Bearer kefu_demo_mobile_key")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"complaint","priority":"P3","channel":"phone","orgUnit":"BJ",
                                 "jurisdiction":"GUIDE","start":"2026-09-30T10:00:00+08:00"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.policy.code").value("complaint"))
                .andExpect(jsonPath("$.policy.version").value(1))
                .andExpect(jsonPath("$.calendar").value("CN-MAINLAND"))
                .andExpect(jsonPath("$.start").value("2026-09-30T10:00:00+08:00"))
                // National Day: 1–7 October off, Saturday 10 October a make-up working day; the day ends at 17:30.
                .andExpect(jsonPath("$.deadlines.firstResponse").value("2026-10-09T17:30:00+08:00"))
                .andExpect(jsonPath("$.deadlines.resolution").value("2026-10-15T17:30:00+08:00"))
                .andExpect(jsonPath("$.regulatory.jurisdiction").value("GUIDE"))
                .andExpect(jsonPath("$.regulatory.calendar").value("CN-MAINLAND"))
                .andExpect(jsonPath("$.regulatory.milestones[*].name").value(Matchers.contains("reply", "result")))
                .andExpect(jsonPath("$.regulatory.milestones[*].dueAt").value(Matchers.contains(
                        "2026-10-09T17:30:00+08:00", "2026-10-15T17:30:00+08:00")));
        mvc.perform(post("/api/v1/sla/simulate").header("Authorization", "Bearer kefu_demo_mobile_key")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"consultation","priority":"P4","channel":"online_chat","orgUnit":"BJ",
                                 "start":"2026-10-03T23:50:00+08:00"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.policy.code").value("consultation"))
                .andExpect(jsonPath("$.calendar").value("24X7"))
                .andExpect(jsonPath("$.deadlines.firstResponse").value("2026-10-04T00:20:00+08:00"))
                .andExpect(jsonPath("$.regulatory").doesNotExist());
        mvc.perform(post("/api/v1/sla/simulate").header("Authorization", "Bearer kefu_demo_mobile_key")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"nonsense","priority":"P9","orgUnit":"NOWHERE","jurisdiction":"XX",
                                 "start":"yesterday"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("kind", "priority",
                        "channel", "orgUnit", "jurisdiction", "start")));
        mvc.perform(post("/api/v1/sla/simulate").with(staff.as("auditor.hq"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }
}
