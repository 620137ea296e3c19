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

/**
 * Three-level handling (三级处理): handler → supervisor's review → management's sign-off for P1 complaints and
 * large amounts; every other complaint is resolved by the review. Nothing resolves before coding and decision.
 */
@KefuTest
class ThreeLevelHandlingTests {

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

    private String reviewed(String flags, String amount) throws Exception {
        String n = f.open("agent.bj", flags);
        f.code("agent.bj", n, amount, "").andExpect(status().isOk());
        f.decide("agent.bj", n, "0").andExpect(status().isOk());
        f.inProgress("agent.bj", n);
        f.resolve("agent.bj", n).andExpect(jsonPath("$.status").value("awaiting_review"));
        return n;
    }

    @Test
    void resolvingIsRefusedUntilTheComplaintIsCodedAndDecided() throws Exception {
        String n = f.open("agent.bj", "[]");
        f.inProgress("agent.bj", n);
        int version = f.caseVersion(n);
        f.resolve("agent.bj", n).andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing").value(Matchers.contains("coding", "decision")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("coding")));
        f.code("agent.bj", n, "100", "").andExpect(status().isOk());
        f.resolve("agent.bj", n).andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing").value(Matchers.contains("decision")));
        assertThat(f.caseVersion(n)).isEqualTo(version);
        assertThat(f.caseStatus(n)).isEqualTo("in_progress");
        f.decide("agent.bj", n, "0").andExpect(status().isOk());
        f.resolve("agent.bj", n).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("awaiting_review"));
    }

    @Test
    void anOrdinaryComplaintIsResolvedByTheReview() throws Exception {
        String n = reviewed("[]", "100");
        f.caseStep("supervisor.bj", n, "review", "{\"version\":$V,\"approved\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("resolved")).andExpect(jsonPath("$.resolvedAt").isNotEmpty());
    }

    @Test
    void aP1ComplaintWaitsForManagementSignOffAfterReview() throws Exception {
        String n = reviewed("[\"fund_loss\"]", "100");
        f.caseStep("supervisor.bj", n, "review", "{\"version\":$V,\"approved\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("awaiting_sign_off"))
                .andExpect(jsonPath("$.resolvedAt").isEmpty())
                .andExpect(jsonPath("$.allowedActions").value(Matchers.contains("sign_off", "reject_sign_off")));
        assertThat(jdbc.sql("select count(*) from notification_message where correlation = ?"
                + " and template_key = 'case.resolved'").param(n).query(Long.class).single()).isZero();
        int version = f.caseVersion(n);
        f.caseStep("supervisor.bj", n, "sign-off", "{\"version\":$V,\"approved\":true}")
                .andExpect(status().isForbidden());
        f.caseStep("manager.hq", n, "sign-off", "{\"version\":$V,\"approved\":false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("comment")));
        assertThat(f.caseVersion(n)).isEqualTo(version);
        f.caseStep("manager.hq", n, "sign-off", "{\"version\":$V,\"approved\":true,\"comment\":\"同意\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("resolved"))
                .andExpect(jsonPath("$.resolvedAt").isNotEmpty());
        assertThat(jdbc.sql("select count(*) from case_entry e join service_case c on c.id = e.case_id"
                + " where c.number = ? and e.type = 'sign_off' and e.actor = 'manager.hq'").param(n)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAmountAboveTheThresholdNeedsSignOffAndTheReviewerMayNotGiveIt() throws Exception {
        String n = f.open("supervisor.bj", "[]");
        f.code("supervisor.bj", n, "60000.00", "").andExpect(status().isOk());
        f.decide("supervisor.bj", n, "0").andExpect(status().isOk());
        f.inProgress("supervisor.bj", n);
        f.resolve("supervisor.bj", n).andExpect(status().isOk());
        f.caseStep("manager.hq", n, "review", "{\"version\":$V,\"approved\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("awaiting_sign_off"));
        f.caseStep("manager.hq", n, "sign-off", "{\"version\":$V,\"approved\":true}")
                .andExpect(status().isForbidden());
        assertThat(f.caseStatus(n)).isEqualTo("awaiting_sign_off");
        f.caseStep("admin", n, "sign-off", "{\"version\":$V,\"approved\":false,\"comment\":\"补充退费凭证\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("in_progress"));
    }

    @Test
    void theOwnerMayNotSignOff() throws Exception {
        String owner = staff.newUser("BJ", "manager", false);
        String n = f.open(owner, "[\"fund_loss\"]");
        f.code(owner, n, "100", "").andExpect(status().isOk());
        f.decide(owner, n, "0").andExpect(status().isOk());
        f.inProgress(owner, n);
        f.resolve(owner, n).andExpect(status().isOk());
        f.caseStep("supervisor.bj", n, "review", "{\"version\":$V,\"approved\":true}")
                .andExpect(jsonPath("$.status").value("awaiting_sign_off"));
        f.caseStep(owner, n, "sign-off", "{\"version\":$V,\"approved\":true}").andExpect(status().isForbidden());
        f.caseStep("manager.hq", n, "sign-off", "{\"version\":$V,\"approved\":true}")
                .andExpect(jsonPath("$.status").value("resolved"));
    }

    /** Lowering a P1 complaint's priority, or its amount, during review would skip management's sign-off. */
    @Test
    void underReviewThePriorityMayNotBeLoweredNorTheCodingChanged() throws Exception {
        String n = reviewed("[\"fund_loss\"]", "100");
        int version = f.caseVersion(n);
        f.caseStep("supervisor.bj", n, "priority", "{\"version\":$V,\"priority\":\"P3\",\"reason\":\"降级\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("priority"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不能降低优先级")));
        assertThat(f.caseVersion(n)).isEqualTo(version);
        assertThat(jdbc.sql("select priority from service_case where number = ?").param(n).query(String.class)
                .single()).isEqualToIgnoringCase("P1");
        f.caseStep("supervisor.bj", n, "review", "{\"version\":$V,\"approved\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("awaiting_sign_off"));
        f.caseStep("manager.hq", n, "priority", "{\"version\":$V,\"priority\":\"P2\",\"reason\":\"降级\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("priority"));
        f.code("agent.bj", n, "100", "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("awaiting_sign_off"));
        assertThat(f.caseStatus(n)).isEqualTo("awaiting_sign_off");
    }

    @Test
    void whileWorkedASupervisorMayStillLowerThePriority() throws Exception {
        String n = f.open("agent.bj", "[\"fund_loss\"]");
        f.caseStep("supervisor.bj", n, "priority", "{\"version\":$V,\"priority\":\"P3\",\"reason\":\"核实后降级\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.priority").value(Matchers.equalToIgnoringCase("P3")));
    }
}
