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

/** First-contact ownership through the API: hand-over, reassignment, taking from the queue, who may do each. */
@KefuTest
class CaseHandoverTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    ResultActions act(String user, String number, String path, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{n}/" + path, number).with(staff.as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long audits(String number, String action) {
        return jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = ?").params(number, action)
                .query(Long.class).single();
    }

    @Test
    void theOwnerKeepsTheCaseUntilThePersonNamedAcceptsIt() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        act("supervisor.bj", n, "handover", "{\"version\":0,\"toUser\":\"agent.hd\",\"reason\":\"他人\"}")
                .andExpect(status().isForbidden());
        act("agent.hd", n, "handover", "{\"version\":0,\"toUser\":\"agent.hd\",\"reason\":\"抢单\"}")
                .andExpect(status().isNotFound());
        act("agent.bj", n, "handover", "{\"version\":0,\"toUser\":\"agent.hd\",\"reason\":\"客户在海淀\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.owner").value("agent.bj"))
                .andExpect(jsonPath("$.handover.toUser").value("agent.hd"))
                .andExpect(jsonPath("$.handover.reason").value("客户在海淀"))
                .andExpect(jsonPath("$.handover.by").value("agent.bj"));
        act("agent.bj", n, "handover", "{\"version\":1,\"toUser\":\"supervisor.bj\",\"reason\":\"再次\"}")
                .andExpect(status().isConflict());

        // The receiver sees the offered case, from outside the case's unit too; others still do not.
        mvc.perform(get("/api/v1/cases/{n}", n).with(staff.as("agent.hd"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/{n}", n).with(staff.as("agent.sh"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases").param("view", "handover").param("size", "100").with(staff.as("agent.hd")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.hasItem(n)));
        act("agent.hd", n, "transitions", "{\"action\":\"plan\",\"version\":1,\"plan\":{\"content\":\"抢先\"}}")
                .andExpect(status().isNotFound());
        act("supervisor.bj", n, "handover/accept", "{\"version\":1}").andExpect(status().isForbidden());
        act("agent.bj", n, "handover/accept", "{\"version\":1}").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{n}", n).with(staff.as("agent.bj"))).andExpect(jsonPath("$.owner").value("agent.bj"));

        act("agent.hd", n, "handover/accept", "{\"version\":1}").andExpect(status().isOk())
                .andExpect(jsonPath("$.owner").value("agent.hd")).andExpect(jsonPath("$.unit").value("BJ-HD"))
                .andExpect(jsonPath("$.handover").doesNotExist()).andExpect(jsonPath("$.version").value(2));
        act("agent.hd", n, "handover/accept", "{\"version\":2}").andExpect(status().isConflict());
        mvc.perform(get("/api/v1/cases/{n}/timeline", n).with(staff.as("agent.hd")))
                .andExpect(jsonPath("$[*].type").value(Matchers.contains("opened", "handover_proposed",
                        "handover_accepted")));
        assertThat(audits(n, "case.handover-proposed")).isEqualTo(1);
        assertThat(audits(n, "case.handed-over")).isEqualTo(1);
    }

    @Test
    void aReceiverDeclinesWithAReasonAndTheOwnerMayWithdraw() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        act("agent.bj", n, "handover", "{\"version\":0,\"toQueue\":\"BJ-HD\",\"reason\":\"海淀支行办理\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.handover.toQueue").value("BJ-HD"));
        mvc.perform(get("/api/v1/cases").param("view", "handover").param("size", "100").with(staff.as("agent.hd")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.hasItem(n)));
        act("agent.hd", n, "handover/decline", "{\"version\":1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("reason")));
        // The decliner saw the case only as the offer: nothing of it is shown to them any more.
        act("agent.hd", n, "handover/decline", "{\"version\":1,\"reason\":\"不属于本支行\"}")
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/cases/{n}", n).with(staff.as("agent.bj"))).andExpect(jsonPath("$.owner").value("agent.bj"))
                .andExpect(jsonPath("$.handover").doesNotExist());
        mvc.perform(get("/api/v1/cases/{n}", n).with(staff.as("agent.hd"))).andExpect(status().isNotFound());

        act("agent.bj", n, "handover", "{\"version\":2,\"toUser\":\"supervisor.bj\",\"reason\":\"请主管处理\"}")
                .andExpect(status().isOk());
        act("supervisor.bj", n, "handover/withdraw", "{\"version\":3}").andExpect(status().isForbidden());
        act("agent.bj", n, "handover/withdraw", "{\"version\":3}").andExpect(status().isOk())
                .andExpect(jsonPath("$.handover").doesNotExist()).andExpect(jsonPath("$.owner").value("agent.bj"));
        act("agent.bj", n, "handover/withdraw", "{\"version\":4}").andExpect(status().isConflict());
        assertThat(audits(n, "case.handover-declined")).isEqualTo(1);
        assertThat(audits(n, "case.handover-withdrawn")).isEqualTo(1);
        mvc.perform(get("/api/v1/cases/{n}/timeline", n).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$[*].type").value(Matchers.contains("opened", "handover_proposed",
                        "handover_declined", "handover_proposed", "handover_withdrawn")));
    }

    @Test
    void supervisorsReassignWithAReasonWithinTheirScope() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        act("agent.bj", n, "assignment", "{\"version\":0,\"toUser\":\"agent.hd\",\"reason\":\"均衡\"}")
                .andExpect(status().isForbidden());
        act("supervisor.bj", n, "assignment", "{\"version\":0,\"toUser\":\"agent.hd\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("reason")));
        act("supervisor.bj", n, "assignment", "{\"version\":0,\"toUser\":\"agent.sh\",\"reason\":\"均衡\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("toUser")));
        act("supervisor.bj", n, "assignment", "{\"version\":0,\"toUser\":\"agent.hd\",\"reason\":\"工作量均衡\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.owner").value("agent.hd"))
                .andExpect(jsonPath("$.unit").value("BJ-HD")).andExpect(jsonPath("$.assignedAt").isNotEmpty());
        act("supervisor.bj", n, "assignment", "{\"version\":1,\"toUser\":\"agent.hd\",\"reason\":\"again\"}")
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'case.assigned'"
                + " and actor_id = 'supervisor.bj'").param(n).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/cases/{n}/timeline", n).with(staff.as("agent.hd")))
                .andExpect(jsonPath("$[1].type").value("assigned")).andExpect(jsonPath("$[1].to").value("agent.hd"))
                .andExpect(jsonPath("$[1].text").value("工作量均衡"));
    }

    @Test
    void anAgentTakesAnUnownedCaseFromTheirOwnUnitsQueue() throws Exception {
        String n = com.jayway.jsonpath.JsonPath.read(mvc.perform(CasesApiTests.intake(CasesApiTests.EXAMPLE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
        mvc.perform(get("/api/v1/cases").param("view", "unassigned").param("size", "100").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.hasItem(n)));
        act("agent.hd", n, "take", "{\"version\":0}").andExpect(status().isNotFound());
        act("agent.bj", n, "take", "{\"version\":0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.owner").value("agent.bj"));
        act("supervisor.bj", n, "take", "{\"version\":1}").andExpect(status().isConflict());
        mvc.perform(get("/api/v1/cases").param("view", "unassigned").param("size", "100").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.not(Matchers.hasItem(n))));
        mvc.perform(get("/api/v1/cases").param("view", "mine").param("size", "100").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.hasItem(n)))
                .andExpect(jsonPath("$.items[*].owner").value(Matchers.everyItem(Matchers.is("agent.bj"))));
    }

    @Test
    void theWaitingViewListsCasesWaitingForSomeoneOutside() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        act("agent.bj", n, "transitions", "{\"action\":\"plan\",\"version\":0,\"plan\":{\"content\":\"p\"}}");
        act("agent.bj", n, "transitions", "{\"action\":\"wait_for_customer\",\"version\":1}")
                .andExpect(jsonPath("$.status").value("waiting_for_customer"));
        mvc.perform(get("/api/v1/cases").param("view", "waiting").param("size", "200").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.hasItem(n)))
                .andExpect(jsonPath("$.items[*].status").value(Matchers.everyItem(
                        Matchers.isOneOf("waiting_for_customer", "waiting_for_third_party"))));
    }

    @Test
    void aCaseOfAnotherBranchIsInvisibleAndCannotBeWorked() throws Exception {
        String sh = CaseFixtures.open(mvc, staff, "agent.sh");
        mvc.perform(get("/api/v1/cases/{n}", sh).with(staff.as("agent.bj"))).andExpect(status().isNotFound());
        act("agent.bj", sh, "handover", "{\"version\":0,\"toUser\":\"agent.bj\",\"reason\":\"x\"}")
                .andExpect(status().isNotFound());
        act("agent.bj", sh, "take", "{\"version\":0}").andExpect(status().isNotFound());
        act("supervisor.bj", sh, "assignment", "{\"version\":0,\"toUser\":\"agent.bj\",\"reason\":\"x\"}")
                .andExpect(status().isNotFound());
        // Nor may a Shanghai agent hand their case to someone in Beijing they cannot see.
        act("agent.sh", sh, "handover", "{\"version\":0,\"toUser\":\"agent.bj\",\"reason\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("toUser")));
        mvc.perform(get("/api/v1/cases").param("view", "team").param("size", "100").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.not(Matchers.hasItem(sh))))
                .andExpect(jsonPath("$.items[*].unit").value(Matchers.everyItem(Matchers.is("BJ"))));
    }
}
