package org.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Compensation above the threshold (1000 CNY) needs a second person; at or below it the rule approves it. */
@KefuTest
class CompensationMakerCheckerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    ComplaintCodingFixtures f;

    @BeforeEach
    void fixtures() {
        f = new ComplaintCodingFixtures(mvc, staff, jdbc);
    }

    private String coded(String owner) throws Exception {
        String n = f.open(owner, "[]");
        f.code(owner, n, "5000", "").andExpect(status().isOk());
        f.inProgress(owner, n);
        return n;
    }

    private String state(String n) {
        return jdbc.sql("select d.compensation_state from complaint_decision d join complaint_record r"
                + " on r.case_id = d.case_id where r.case_number = ?").param(n).query(String.class).single();
    }

    /** The checker's answer on the record as it is now (the version they saw). */
    private String check(String n, boolean approved, String comment) {
        return "{\"version\":" + f.recordVersion(n) + ",\"approved\":" + approved
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
    }

    @Test
    void aboveTheThresholdWaitsForAnotherPersonAndTheDeciderMayNotApprove() throws Exception {
        String n = coded("supervisor.bj");
        f.decide("supervisor.bj", n, "5000.00").andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.compensationState").value("pending"))
                .andExpect(jsonPath("$.decision.decidedBy").value("supervisor.bj"));
        f.resolve("supervisor.bj", n).andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing").value(Matchers.contains("compensationApproval")));
        String path = "/api/v1/complaints/" + n + "/compensation";
        f.json("supervisor.bj", "POST", path, check(n, true, null)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("补偿决定人")));
        f.json("agent.bj", "POST", path, check(n, true, null)).andExpect(status().isForbidden());
        assertThat(state(n)).isEqualTo("pending");
        f.json("manager.hq", "POST", path, check(n, true, "凭证齐全")).andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.compensationState").value("approved"))
                .andExpect(jsonPath("$.decision.checkedBy").value("manager.hq"));
        f.json("manager.hq", "POST", path, check(n, true, null)).andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'complaint.decided' and entity_id = ?")
                .param(n).query(Long.class).single()).isEqualTo(2);
        f.resolve("supervisor.bj", n).andExpect(status().isOk());
    }

    @Test
    void atOrBelowTheThresholdNoApprovalIsNeeded() throws Exception {
        String n = coded("agent.bj");
        f.decide("agent.bj", n, "1000").andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.compensationState").value("approved"))
                .andExpect(jsonPath("$.decision.checkedBy").isEmpty())
                .andExpect(jsonPath("$.decision.checkComment").value(Matchers.containsString("approved by rule")));
        f.json("supervisor.bj", "POST", "/api/v1/complaints/" + n + "/compensation", check(n, true, null))
                .andExpect(status().isConflict());
        f.decide("agent.bj", n, "0").andExpect(jsonPath("$.decision.compensationState").value("none"));
        f.resolve("agent.bj", n).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("awaiting_review"));
    }

    @Test
    void rejectedCompensationBlocksTheResolution() throws Exception {
        String n = coded("agent.bj");
        f.decide("agent.bj", n, "1000.01").andExpect(jsonPath("$.decision.compensationState").value("pending"));
        String path = "/api/v1/complaints/" + n + "/compensation";
        f.json("supervisor.bj", "POST", path, check(n, false, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("comment")));
        assertThat(state(n)).isEqualTo("pending");
        f.json("supervisor.bj", "POST", path, check(n, false, "金额依据不足")).andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.compensationState").value("rejected"));
        f.resolve("agent.bj", n).andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing").value(Matchers.contains("compensationRejected")));
        assertThat(f.caseStatus(n)).isEqualTo("in_progress");
    }

    @Test
    void theCheckerAnswersTheDecisionTheySawNotOneChangedMeanwhile() throws Exception {
        String n = coded("agent.bj");
        f.decide("agent.bj", n, "5000").andExpect(jsonPath("$.decision.compensationState").value("pending"));
        int seen = f.recordVersion(n);
        String path = "/api/v1/complaints/" + n + "/compensation";
        f.json("supervisor.bj", "POST", path, "{\"approved\":true}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("version")));
        f.decide("agent.bj", n, "9000").andExpect(jsonPath("$.decision.compensationState").value("pending"));
        f.json("supervisor.bj", "POST", path, "{\"version\":" + seen + ",\"approved\":true}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(seen + 1));
        assertThat(state(n)).isEqualTo("pending");
        assertThat(f.recordVersion(n)).isEqualTo(seen + 1);
        f.json("supervisor.bj", "POST", path, check(n, true, null)).andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.compensationState").value("approved"))
                .andExpect(jsonPath("$.decision.compensation").value(9000.0));
    }

    @Test
    void compensationOfACancelledComplaintCanNoLongerBeApproved() throws Exception {
        String n = f.open("agent.bj", "[]");
        f.code("agent.bj", n, "5000", "").andExpect(status().isOk());
        f.decide("agent.bj", n, "5000").andExpect(jsonPath("$.decision.compensationState").value("pending"));
        f.caseStep("agent.bj", n, "transitions", "{\"action\":\"cancel\",\"version\":$V,\"reason\":\"客户撤诉\"}")
                .andExpect(status().isOk());
        int version = f.recordVersion(n);
        f.json("supervisor.bj", "POST", "/api/v1/complaints/" + n + "/compensation", check(n, true, null))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.status").value("cancelled"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("补偿已不能")));
        assertThat(state(n)).isEqualTo("pending");
        assertThat(f.recordVersion(n)).isEqualTo(version);
        String panel = f.json("supervisor.bj", "GET", "/complaints/" + n + "/panel", null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(panel).doesNotContain("id=\"compensation-approve\"");
    }
}
