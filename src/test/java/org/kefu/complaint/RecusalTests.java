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
import org.springframework.test.web.servlet.ResultActions;

/**
 * Recusal (回避): the staff member a complaint is about and the one they report to never take, receive,
 * review or sign off the complaint, and coding that names its current owner takes it away from them.
 */
@KefuTest
class RecusalTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    ComplaintCodingFixtures f;
    String subject;
    String manager;

    @BeforeEach
    void people() {
        f = new ComplaintCodingFixtures(mvc, staff, jdbc);
        subject = staff.newUser("BJ", "agent", false);
        manager = staff.newUser("BJ", "manager", false);
        f.reportsTo(subject, manager);
    }

    private String about(String owner, String who) throws Exception {
        String n = f.open(owner, "[]");
        f.code(owner, n, "100", ",\"subjectStaff\":\"" + who + "\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.subjectStaff").value(who));
        return n;
    }

    /** 403 naming the rule, and neither the case nor its timeline changed. */
    private void refused(ResultActions call, String n, int version, long entries) throws Exception {
        call.andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("回避")));
        assertThat(f.caseVersion(n)).isEqualTo(version);
        assertThat(f.entries(n)).isEqualTo(entries);
    }

    @Test
    void theSubjectAndTheirManagerAreNeitherGivenNorHandedTheComplaint() throws Exception {
        String owner = staff.newUser("BJ", "agent", false);
        String n = about(owner, subject);
        assertThat(f.owner(n)).as("the owner is not recused").isEqualTo(owner);
        int version = f.caseVersion(n);
        long entries = f.entries(n);
        for (String recused : new String[] {subject, manager}) {
            refused(f.caseStep("supervisor.bj", n, "assignment",
                    "{\"version\":$V,\"toUser\":\"" + recused + "\",\"reason\":\"人手调配\"}"), n, version, entries);
            refused(f.caseStep(owner, n, "handover",
                    "{\"version\":$V,\"toUser\":\"" + recused + "\",\"reason\":\"休假\"}"), n, version, entries);
        }
        f.caseStep(owner, n, "handover", "{\"version\":$V,\"toQueue\":\"BJ\",\"reason\":\"休假\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.handover.toUser").value(Matchers.not(Matchers.in(new String[] {subject, manager}))));
        version = f.caseVersion(n);
        entries = f.entries(n);
        refused(f.caseStep(subject, n, "handover/accept", "{\"version\":$V}"), n, version, entries);
        refused(f.caseStep(manager, n, "handover/accept", "{\"version\":$V}"), n, version, entries);
        assertThat(f.owner(n)).isEqualTo(owner);
    }

    @Test
    void codingThatNamesTheOwnerTakesTheComplaintAwayAndTheyCannotTakeItBack() throws Exception {
        String owner = staff.newUser("BJ", "agent", false);
        String n = about(owner, owner);
        assertThat(f.owner(n)).as("released to the unit's queue (no category: not routed)").isNull();
        assertThat(jdbc.sql("select count(*) from case_entry e join service_case c on c.id = e.case_id"
                + " where c.number = ? and e.type = 'owner_recused' and e.from_status = ?").params(n, owner)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'case.released' and entity_id = ?")
                .param(n).query(Long.class).single()).isEqualTo(1);
        int version = f.caseVersion(n);
        long entries = f.entries(n);
        refused(f.caseStep(owner, n, "take", "{\"version\":$V}"), n, version, entries);
        String colleague = staff.newUser("BJ", "agent", false);
        f.caseStep(colleague, n, "take", "{\"version\":$V}").andExpect(status().isOk())
                .andExpect(jsonPath("$.owner").value(colleague));
    }

    @Test
    void codingThatNamesSomeoneReportingToTheOwnerTakesItAwayToo() throws Exception {
        String owner = staff.newUser("BJ", "agent", false);
        String report = staff.newUser("BJ", "agent", false);
        f.reportsTo(report, owner);
        String n = about(owner, report);
        assertThat(f.owner(n)).isNull();
    }

    @Test
    void theSubjectsManagerNeitherReviewsNorSignsOff() throws Exception {
        String owner = staff.newUser("BJ", "agent", false);
        String n = f.open(owner, "[\"fund_loss\"]");
        f.code(owner, n, "100", ",\"subjectStaff\":\"" + subject + "\"").andExpect(status().isOk());
        f.decide(owner, n, "0").andExpect(status().isOk());
        f.inProgress(owner, n);
        f.resolve(owner, n).andExpect(jsonPath("$.status").value("awaiting_review"));
        int version = f.caseVersion(n);
        long entries = f.entries(n);
        refused(f.caseStep(manager, n, "review", "{\"version\":$V,\"approved\":true}"), n, version, entries);
        f.caseStep("supervisor.bj", n, "review", "{\"version\":$V,\"approved\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("awaiting_sign_off"));
        version = f.caseVersion(n);
        entries = f.entries(n);
        refused(f.caseStep(manager, n, "sign-off", "{\"version\":$V,\"approved\":true}"), n, version, entries);
        assertThat(f.caseStatus(n)).isEqualTo("awaiting_sign_off");
    }

    @Test
    void routingNeverPicksTheSubject() throws Exception {
        String owner = staff.newUser("BJ", "agent", false);
        String skilled = staff.newUser("BJ", "agent", false);
        f.json("admin", "PUT", "/api/v1/cases/skills/" + skilled, "{\"categories\":[\"cards\"]}")
                .andExpect(status().isOk());
        String n = f.open(owner, "[]");
        jdbc.sql("update service_case set category_code = 'cards' where number = ?").param(n).update();
        f.code(owner, n, "100", ",\"subjectStaff\":\"" + skilled + "\"").andExpect(status().isOk());
        for (int i = 0; i < 2; i++) {
            f.caseStep(owner, n, "handover", "{\"version\":$V,\"toQueue\":\"BJ\",\"reason\":\"休假\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.handover.toUser").value(Matchers.not(skilled)));
            f.caseStep(owner, n, "handover/withdraw", "{\"version\":$V}").andExpect(status().isOk());
        }
    }

    @Test
    void theReportingLineIsSetByAdministratorsWithoutSelfOrCycles() throws Exception {
        String path = "/api/v1/users/" + subject + "/reports-to";
        f.json("admin", "GET", path, null).andExpect(status().isOk()).andExpect(jsonPath("$.reportsTo").value(manager));
        f.json("admin", "PUT", path, "{\"reportsTo\":\"" + subject + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("reportsTo")));
        f.json("admin", "PUT", "/api/v1/users/" + manager + "/reports-to", "{\"reportsTo\":\"" + subject + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("reportsTo")));
        f.json("admin", "PUT", path, "{\"reportsTo\":\"no.such.user\"}").andExpect(status().isBadRequest());
        f.json("agent.bj", "PUT", path, "{\"reportsTo\":\"supervisor.bj\"}").andExpect(status().isForbidden());
        f.json("admin", "GET", path, null).andExpect(jsonPath("$.reportsTo").value(manager));
        f.json("admin", "PUT", path, "{\"reportsTo\":\"supervisor.bj\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.reportsTo").value("supervisor.bj"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.user.reports-to'"
                + " and entity_id = ?").param(subject).query(Long.class).single()).isEqualTo(1);
        String n = about(staff.newUser("BJ", "agent", false), subject);
        f.caseStep("supervisor.bj", n, "assignment", "{\"version\":$V,\"toUser\":\"supervisor.bj\",\"reason\":\"x\"}")
                .andExpect(status().isForbidden());
        f.caseStep("supervisor.bj", n, "assignment", "{\"version\":$V,\"toUser\":\"" + manager + "\",\"reason\":\"x\"}")
                .andExpect(status().isOk());
    }

    @Test
    void theCasePagePanelCodesAndShowsErrorsBesideTheFields() throws Exception {
        String owner = staff.newUser("BJ", "agent", false);
        String n = f.open(owner, "[]");
        String panel = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/complaints/{n}/panel", n).with(staff.as(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("id=\"complaint-coding-form\"", "id=\"complaint-coding-save\"",
                "id=\"complaint-decision-form\"", "id=\"complaint-decision-save\"", "name=\"causeCode\"",
                "name=\"amountInDispute\"", "K-CA-01");
        var coding = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/complaints/{n}/panel/coding", n).with(staff.as(owner))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .header("HX-Request", "true").param("version", "0").param("channelCode", "K-CH-02")
                .param("businessCode", "K-BT-02").param("causeCode", "K-CA-01").param("locale", "zh-CN");
        String refused = mvc.perform(coding.param("amountInDispute", "-5")).andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"complaint-amountInDispute-error\"");
        assertThat(f.recordVersion(n)).isZero();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/complaints/{n}/panel/coding", n).with(staff.as(owner))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .header("HX-Request", "true").param("version", "0").param("channelCode", "K-CH-02")
                        .param("businessCode", "K-BT-02").param("causeCode", "K-CA-01").param("locale", "zh-CN")
                        .param("products", "借记卡，网银").param("amountInDispute", "25.50"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select array_length(products, 1) from complaint_record where case_number = ?").param(n)
                .query(Integer.class).single()).isEqualTo(2);
        String decided = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/complaints/{n}/panel/decision", n).with(staff.as(owner))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .header("HX-Request", "true").param("version", "1").param("outcome", "upheld")
                        .param("remedy", "退还").param("compensation", "5000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(decided).doesNotContain("id=\"compensation-approve\"");
        String checker = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/complaints/{n}/panel", n).with(staff.as("supervisor.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(checker).contains("id=\"compensation-approve\"", "id=\"compensation-reject\"");
    }

    /** The stored record decides: the subject or their manager cannot clear the subject to lift their recusal. */
    @Test
    void theRecusedMayNotCodeAwayTheirRecusalAndSubjectChangesAreAudited() throws Exception {
        String owner = staff.newUser("BJ", "agent", false);
        String n = about(owner, subject);
        assertThat(summaries(n)).hasSize(1);
        assertThat((Boolean) com.jayway.jsonpath.JsonPath.read(summaries(n).get(0), "$.subjectStaffChanged")).isTrue();
        assertThat((String) com.jayway.jsonpath.JsonPath.read(summaries(n).get(0), "$.subjectStaff")).isEqualTo(subject);
        int version = f.recordVersion(n);
        for (String recused : new String[] {subject, manager}) {
            f.code(recused, n, "100", ",\"subjectStaff\":null").andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("回避")));
            f.decide(recused, n, "0").andExpect(status().isForbidden());
        }
        assertThat(f.recordVersion(n)).isEqualTo(version);
        assertThat(jdbc.sql("select subject_staff from complaint_record where case_number = ?").param(n)
                .query(String.class).single()).isEqualTo(subject);
        assertThat(summaries(n)).hasSize(1);
        f.code(owner, n, "100", ",\"subjectStaff\":\"" + subject + "\"").andExpect(status().isOk());
        assertThat((Boolean) com.jayway.jsonpath.JsonPath.read(summaries(n).get(1), "$.subjectStaffChanged")).isFalse();
        f.code(owner, n, "100", "").andExpect(status().isOk());
        assertThat((Boolean) com.jayway.jsonpath.JsonPath.read(summaries(n).get(2), "$.subjectStaffChanged")).isTrue();
        assertThat((String) com.jayway.jsonpath.JsonPath.read(summaries(n).get(2), "$.subjectStaff")).isEmpty();
    }

    private java.util.List<String> summaries(String n) {
        return jdbc.sql("select summary from audit_entry where action = 'complaint.coded' and entity_id = ? order by id")
                .param(n).query(String.class).list();
    }
}
