package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Working a case through the API: the whole lifecycle, its guards, locking, reopening, replies, audit. */
@KefuTest
class CaseLifecycleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    private ResultActions step(String user, String number, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{n}/transitions", number).with(staff.as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions reply(String user, String number, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{n}/replies", number).with(staff.as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long rows(String number) {
        return jdbc.sql("select (select count(*) from case_entry e join service_case c on c.id = e.case_id"
                + " where c.number = ?) + (select version from service_case where number = ?)")
                .params(number, number).query(Long.class).single();
    }

    @Test
    void agentWorksACaseFromAcceptanceToArchive() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        mvc.perform(get("/api/v1/cases/{n}", n).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.owner").value("agent.bj"))
                .andExpect(jsonPath("$.priority").value("P3"))
                .andExpect(jsonPath("$.allowedActions").value(Matchers.contains("plan", "cancel")));
        step("agent.bj", n, """
                {"action":"plan","version":0,"plan":{"content":"解释收费标准并核查","method":"phone",
                 "time":"2026-11-28","fee":0}}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("planned")).andExpect(jsonPath("$.version").value(1));
        step("agent.bj", n, "{\"action\":\"start\",\"version\":1}").andExpect(jsonPath("$.status").value("in_progress"));
        step("agent.bj", n, "{\"action\":\"wait_for_third_party\",\"version\":2}")
                .andExpect(jsonPath("$.status").value("waiting_for_third_party"));
        step("agent.bj", n, "{\"action\":\"resume\",\"version\":3}").andExpect(jsonPath("$.status").value("in_progress"));
        reply("agent.bj", n, "{\"text\":\"已核实，收费符合标准\",\"version\":4,\"visibleToCustomer\":true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.firstResponseAt").isNotEmpty());
        org.kefu.support.ComplaintPrerequisites.codedAndDecided(jdbc, n);
        step("agent.bj", n, "{\"action\":\"resolve\",\"version\":5,\"resolution\":\"已向客户解释收费标准\"}")
                .andExpect(jsonPath("$.status").value("awaiting_review")).andExpect(jsonPath("$.resolvedAt").isEmpty())
                .andExpect(jsonPath("$.review.state").value("pending"))
                .andExpect(jsonPath("$.allowedActions").value(Matchers.contains("approve", "reject")));
        mvc.perform(post("/api/v1/cases/{n}/review", n).with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":6,\"approved\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("resolved"))
                .andExpect(jsonPath("$.review.reviewedBy").value("supervisor.bj"))
                .andExpect(jsonPath("$.resolvedAt").isNotEmpty());
        mvc.perform(post("/api/v1/cases/{n}/contacts", n).with(staff.as("agent.bj")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":7,\"channel\":\"phone\",\"outcome\":\"confirmed\",\"rating\":5}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.contacts[0].outcome").value("confirmed"));
        step("agent.bj", n, "{\"action\":\"follow_up\",\"version\":8}").andExpect(jsonPath("$.status").value("followed_up"));
        // A complaint is archived only with its root cause (溯源): refused, nothing written, then recorded.
        step("agent.bj", n, "{\"action\":\"archive\",\"version\":9,\"summary\":\"收费解释，客户满意\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.missing").value("rootCause"));
        assertThat(jdbc.sql("select status from service_case where number = ?").param(n).query(String.class).single())
                .isEqualTo("followed_up");
        org.kefu.support.ComplaintPrerequisites.rootCauseRecorded(jdbc, n);
        step("agent.bj", n, "{\"action\":\"archive\",\"version\":9,\"summary\":\"收费解释，客户满意\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("archived"))
                .andExpect(jsonPath("$.allowedActions").isEmpty());

        mvc.perform(get("/api/v1/cases/{n}/timeline", n).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$[*].type").value(Matchers.contains("opened", "plan", "start",
                        "wait_for_third_party", "resume", "reply", "resolve", "approve", "contact", "follow_up",
                        "archive")));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'case.status-changed'")
                .param(n).query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'case.opened'"
                + " and actor_id = 'agent.bj'").param(n).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/cases").param("status", "archived").param("owner", "agent.bj")
                        .param("kind", "complaint").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.hasItem(n)));
    }

    @Test
    void anIllegalStepIsAConflictListingTheAllowedOnes() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        long before = rows(n);
        step("agent.bj", n, "{\"action\":\"archive\",\"version\":0,\"summary\":\"x\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowed").value(Matchers.contains("plan", "cancel")));
        assertThat(rows(n)).isEqualTo(before);
    }

    @Test
    void badInputOnTransitionsAndRepliesNamesTheFieldAndWritesNothing() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        long before = rows(n);
        step("agent.bj", n, "{\"action\":\"fly\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("action", "version")));
        step("agent.bj", n, "{\"action\":\"plan\",\"version\":0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("plan.content")));
        step("agent.bj", n, "{\"action\":\"cancel\",\"version\":0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("reason")));
        reply("agent.bj", n, "{\"text\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        Matchers.containsInAnyOrder("text", "version", "visibleToCustomer")));
        mvc.perform(post("/api/v1/cases/{n}/priority", n).with(staff.as("agent.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"priority\":\"P9\",\"version\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("priority")));
        mvc.perform(get("/api/v1/cases").param("status", "lost").with(staff.as("agent.bj")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("status")));
        assertThat(rows(n)).isEqualTo(before);
    }

    @Test
    void aStaleVersionIsAConflictNotASilentOverwrite() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        step("agent.bj", n, "{\"action\":\"plan\",\"version\":0,\"plan\":{\"content\":\"A\"}}").andExpect(status().isOk());
        step("supervisor.bj", n, "{\"action\":\"cancel\",\"version\":0,\"reason\":\"duplicate\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(n)))
                .andExpect(jsonPath("$.currentStatus").value("planned")).andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.latestChange.type").value("plan"))
                .andExpect(jsonPath("$.latestChange.actor").value("agent.bj"));
        mvc.perform(get("/api/v1/cases/{n}", n).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.status").value("planned")).andExpect(jsonPath("$.plan.content").value("A"));
    }

    @Test
    void reopeningWorksWithinThirtyDaysOfResolutionOnly() throws Exception {
        String inside = resolved();
        jdbc.sql("update service_case set resolved_at = now() - interval '29 days' where number = ?").param(inside).update();
        step("agent.bj", inside, "{\"action\":\"reopen\",\"version\":4,\"reason\":\"客户仍有疑问\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("reopened"));
        step("agent.bj", inside, "{\"action\":\"start\",\"version\":5}").andExpect(jsonPath("$.status").value("in_progress"));

        String outside = resolved();
        jdbc.sql("update service_case set resolved_at = now() - interval '31 days' where number = ?").param(outside).update();
        step("agent.bj", outside, "{\"action\":\"reopen\",\"version\":4,\"reason\":\"客户仍有疑问\"}")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/cases/{n}", outside).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.status").value("resolved"));
    }

    @Test
    void agentsRaisePrioritySupervisorsLowerIt() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        mvc.perform(post("/api/v1/cases/{n}/priority", n).with(staff.as("agent.bj")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"priority\":\"P2\",\"version\":0}")).andExpect(jsonPath("$.priority").value("P2"));
        mvc.perform(post("/api/v1/cases/{n}/priority", n).with(staff.as("agent.bj")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"priority\":\"P4\",\"version\":1}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases/{n}/priority", n).with(staff.as("supervisor.bj")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"priority\":\"P4\",\"version\":1,\"reason\":\"重复投诉\"}")).andExpect(jsonPath("$.priority").value("P4"));
    }

    @Test
    void resolvingTellsAnAnonymousCustomer() throws Exception {
        String n = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as("agent.bj"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"service_request","channel":"phone","subject":"开具证明","description":"需要存款证明",
                         "contact":{"name":"王五","email":"wang.wu@example.com"}}""")).andReturn().getResponse()
                .getContentAsString(), "$.number");
        step("agent.bj", n, "{\"action\":\"plan\",\"version\":0,\"plan\":{\"content\":\"开具\"}}");
        step("agent.bj", n, "{\"action\":\"start\",\"version\":1}");
        step("agent.bj", n, "{\"action\":\"resolve\",\"version\":2,\"resolution\":\"已开具\"}").andExpect(status().isOk());
        assertThat(jdbc.sql("select template_key from notification_message where correlation = ? and channel = 'EMAIL'"
                + " order by id").param(n).query(String.class).list()).containsExactly("case.accepted", "case.resolved");
    }

    private String resolved() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        step("agent.bj", n, "{\"action\":\"plan\",\"version\":0,\"plan\":{\"content\":\"p\"}}").andExpect(status().isOk());
        step("agent.bj", n, "{\"action\":\"start\",\"version\":1}").andExpect(status().isOk());
        org.kefu.support.ComplaintPrerequisites.codedAndDecided(jdbc, n);
        step("agent.bj", n, "{\"action\":\"resolve\",\"version\":2,\"resolution\":\"r\"}").andExpect(status().isOk());
        mvc.perform(post("/api/v1/cases/{n}/review", n).with(staff.as("supervisor.bj"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":3,\"approved\":true}"))
                .andExpect(jsonPath("$.status").value("resolved"));
        return n;
    }
}
