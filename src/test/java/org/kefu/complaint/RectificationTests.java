package org.kefu.complaint;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Rectification actions: four eyes on verification, and the overdue sweep run directly at chosen instants
 * (the due dates lie in the future, so the scheduled sweep on the real clock never touches them).
 */
@KefuTest
class RectificationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    RectificationSweep sweep;

    private ComplaintAnalysisFixtures org;
    private ComplaintAnalysisFixtures.Complaint complaint;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void complaint() throws Exception {
        org = new ComplaintAnalysisFixtures(orgUnits, staff, mvc, jdbc);
        complaint = org.open(org.agent);
    }

    @Test
    void theOwnerCannotVerifyTheirOwnAction() throws Exception {
        String owner = staff.newUser(org.branch, "supervisor", false);
        long id = add(org.supervisor, owner, today.plusDays(10));
        step(org.supervisor, id, "verify").andExpect(status().isConflict());
        step(owner, id, "done").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("done"));
        step(owner, id, "verify").andExpect(status().isForbidden());
        assertThat(state(id)).isEqualTo("done");
        step(org.supervisor, id, "verify").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("verified"))
                .andExpect(jsonPath("$.verifiedBy").value(org.supervisor));
        step(org.supervisor, id, "done").andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action like 'complaint.rectification-%'")
                .param(complaint.number()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void badActionsAreRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        long before = count();
        json(org.supervisor, "/api/v1/complaints/{n}/rectifications",
                "{\"action\":\" \",\"owner\":\"nobody-" + System.nanoTime() + "\",\"dueOn\":\"2020-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "action", "owner", "dueOn")));
        json(org.supervisor, "/api/v1/complaints/{n}/rectifications",
                "{\"action\":\"培训\",\"owner\":\"" + org.agent + "\",\"dueOn\":\"next week\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueOn"));
        // Another branch's supervisor does not see the complaint at all.
        mvc.perform(post("/api/v1/complaints/{n}/rectifications", complaint.number()).with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"培训\",\"owner\":\"agent.bj\",\"dueOn\":\"" + today.plusDays(3) + "\"}"))
                .andExpect(status().isNotFound());
        // An agent holds no complaint.rectification.
        json(org.agent, "/api/v1/complaints/{n}/rectifications",
                "{\"action\":\"培训\",\"owner\":\"" + org.agent + "\",\"dueOn\":\"" + today.plusDays(3) + "\"}")
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anOverdueActionEscalatesOnceADayToTheManagerThenHeadOffice() throws Exception {
        jdbc.sql("update app_user set reports_to = (select id from app_user where username = ?) where username = ?")
                .params(org.manager, org.agent).update();
        LocalDate due = today.plusDays(20);
        long id = add(org.supervisor, org.agent, due);
        Instant dayAfter = due.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        assertThat(sweep.sweep(dayAfter.minus(Duration.ofDays(1)))).as("not overdue on its due date").isZero();
        assertThat(escalate(dayAfter, id)).isEqualTo(1);
        assertThat(level(id)).isEqualTo(1);
        assertThat(told(org.manager)).isEqualTo(1);
        assertThat(escalate(dayAfter.plus(Duration.ofHours(23)), id)).as("at most once a day").isZero();
        assertThat(told(org.manager)).isEqualTo(1);
        assertThat(escalate(dayAfter.plus(Duration.ofHours(24)), id)).isEqualTo(1);
        assertThat(level(id)).isEqualTo(2);
        assertThat(told("manager.hq")).as("head office's holders of complaint.rectification").isEqualTo(1);
        assertThat(told("compliance.hq")).isEqualTo(1);
        assertThat(told(org.manager)).isEqualTo(1);
        assertThat(escalate(dayAfter.plus(Duration.ofDays(5)), id)).as("level 2 is the last").isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'complaint.rectification-escalated'")
                .param(complaint.number()).query(Long.class).single()).isEqualTo(2);
        // Once done, an action is no longer overdue.
        long other = add(org.supervisor, org.agent, due);
        step(org.agent, other, "done").andExpect(status().isForbidden());
        step(org.supervisor, other, "done").andExpect(status().isOk());
        assertThat(escalate(dayAfter.plus(Duration.ofDays(9)), other)).isZero();
    }

    /** Sweeps at {@code now} and counts the escalations of action {@code id} that this sweep made. */
    private int escalate(Instant now, long id) {
        int before = level(id);
        sweep.sweep(now);
        return level(id) - before;
    }

    private long add(String as, String owner, LocalDate due) throws Exception {
        String json = json(as, "/api/v1/complaints/{n}/rectifications",
                "{\"action\":\"对柜员开展收费政策培训\",\"owner\":\"" + owner + "\",\"dueOn\":\"" + due + "\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("open"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private ResultActions step(String as, long id, String step) throws Exception {
        return mvc.perform(post("/api/v1/complaints/{n}/rectifications/{id}/" + step, complaint.number(), id)
                .with(staff.as(as)));
    }

    private ResultActions json(String as, String path, String body) throws Exception {
        return mvc.perform(post(path, complaint.number()).with(staff.as(as))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String state(long id) {
        return jdbc.sql("select state from complaint_rectification where id = ?").param(id).query(String.class).single();
    }

    private int level(long id) {
        return jdbc.sql("select escalation_level from complaint_rectification where id = ?").param(id)
                .query(Integer.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from complaint_rectification").query(Long.class).single();
    }

    private long told(String user) {
        return jdbc.sql("select count(*) from notification_message where staff_username = ? and template_key = ?"
                        + " and correlation = ? and channel = 'IN_APP'")
                .params(user, "rectification.overdue", complaint.number()).query(Long.class).single();
    }

}
