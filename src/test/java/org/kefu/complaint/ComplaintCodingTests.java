package org.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Coding a complaint through the API: every field checked, stale versions refused, scope kept, clock moved. */
@KefuTest
class ComplaintCodingTests {

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

    private String body(int version, String field, String value) {
        String base = """
                {"version":%d,"channelCode":"K-CH-02","businessCode":"K-BT-02","causeCode":"K-CA-01",
                 "products":["借记卡"],"amountInDispute":100,"demand":"退费","locale":"zh-CN"}""".formatted(version);
        if (field == null) {
            return base;
        }
        String without = base.replaceAll(",\\s*\"" + field + "\":(\\[[^\\]]*\\]|\"[^\"]*\"|[0-9.]+)", "");
        return without.substring(0, without.length() - 1) + ",\"" + field + "\":" + value + "}";
    }

    @Test
    void eachBadFieldIsNamedAndNothingIsWritten() throws Exception {
        String n = f.open("agent.bj", "[]");
        String[][] bad = {
                {"channelCode", "\"K-XX-01\""}, {"businessCode", "\"K-CA-01\""}, {"causeCode", "null"},
                {"products", "[\"" + "长".repeat(101) + "\"]"}, {"amountInDispute", "-1"},
                {"amountInDispute", "10.005"}, {"amountInDispute", "100000000000.00"},
                {"jurisdiction", "\"XX-NONE\""}, {"subjectStaff", "\"nobody.here\""}, {"locale", "\"fr\""},
                {"demand", "\"" + "长".repeat(2001) + "\""}};
        for (String[] b : bad) {
            f.json("agent.bj", "PUT", "/api/v1/complaints/" + n, body(0, b[0], b[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains(b[0])));
        }
        f.json("agent.bj", "PUT", "/api/v1/complaints/" + n, body(0, "channelCode", "\"K-CH-05\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("regulatorReference")));
        f.json("agent.bj", "PUT", "/api/v1/complaints/" + n, body(0, "version", "null"))
                .andExpect(status().isBadRequest());
        assertThat(f.recordVersion(n)).isZero();
        assertThat(jdbc.sql("select count(*) from complaint_record where case_number = ? and coded_at is null"
                + " and cause_code is null and amount_in_dispute is null").param(n).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aGoodCodingIsStoredAuditedAndAStaleOneRefused() throws Exception {
        String n = f.open("agent.bj", "[]");
        f.json("agent.bj", "PUT", "/api/v1/complaints/" + n, body(0, "channelCode", "\"K-CH-05\"")
                        .replace("}", ",\"regulatorReference\":\"银保监转 2026-118\",\"products\":[\"借记卡\",\"网银\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.channelCode").value("K-CH-05"))
                .andExpect(jsonPath("$.regulatorReference").value("银保监转 2026-118"))
                .andExpect(jsonPath("$.amountInDispute").value(100.0))
                .andExpect(jsonPath("$.codedBy").value("agent.bj"));
        f.json("agent.bj", "PUT", "/api/v1/complaints/" + n, body(0, null, null)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        assertThat(f.recordVersion(n)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'complaint.coded' and entity_id = ?")
                .param(n).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aComplaintOutsideTheCallersScopeIsNotFound() throws Exception {
        String n = f.open("agent.bj", "[]");
        f.json("agent.sh", "GET", "/api/v1/complaints/" + n, null).andExpect(status().isNotFound());
        f.json("agent.sh", "PUT", "/api/v1/complaints/" + n, body(0, null, null)).andExpect(status().isNotFound());
        f.json("agent.sh", "GET", "/api/v1/complaints/KF-19990101-000001", null).andExpect(status().isNotFound());
        assertThat(f.recordVersion(n)).isZero();
        f.json("agent.bj", "GET", "/api/v1/complaints/" + n, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(n)).andExpect(jsonPath("$.channelCode").value("K-CH-02"));
    }

    @Test
    void theJurisdictionMovesTheRegulatoryDueDate() throws Exception {
        String n = f.open("agent.bj", "[]");
        Timestamp before = due(n);
        // Moving the regulatory clock takes what the SLA endpoint takes: an agent may code, not move the clock.
        f.json("agent.bj", "PUT", "/api/v1/complaints/" + n, body(0, "jurisdiction", "\"CN-CBIRC\""))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("cases.supervise")));
        assertThat(f.recordVersion(n)).isZero();
        assertThat(due(n)).isEqualTo(before);
        f.json("supervisor.bj", "PUT", "/api/v1/complaints/" + n, body(0, "jurisdiction", "\"CN-CBIRC\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.jurisdiction").value("CN-CBIRC"));
        Timestamp after = due(n);
        // Once set it cannot be cleared (the clock cannot be un-set); recoding that keeps it is anyone's work.
        for (String cleared : new String[] {"null", "\"  \""}) {
            f.json("supervisor.bj", "PUT", "/api/v1/complaints/" + n, body(1, "jurisdiction", cleared))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("jurisdiction")));
        }
        assertThat(f.recordVersion(n)).isEqualTo(1);
        f.json("agent.bj", "PUT", "/api/v1/complaints/" + n, body(1, "jurisdiction", "\"CN-CBIRC\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.jurisdiction").value("CN-CBIRC"));
        assertThat(due(n)).isEqualTo(after);
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'sla.regulatory-clock.changed'"
                + " and entity_id = ?").param(n).query(Long.class).single()).isEqualTo(1);
    }

    private Timestamp due(String n) {
        return jdbc.sql("select regulatory_due_at from service_case where number = ?").param(n)
                .query(Timestamp.class).single();
    }

    @Test
    void theRecordFollowsTheCaseIntoAnotherUnit() throws Exception {
        String n = f.open("agent.bj", "[]");
        f.caseStep("agent.bj", n, "handover", "{\"version\":$V,\"toUser\":\"agent.hd\",\"reason\":\"客户在海淀\"}")
                .andExpect(status().isOk());
        f.caseStep("agent.hd", n, "handover/accept", "{\"version\":$V}").andExpect(status().isOk());
        assertThat(jdbc.sql("select u.code || '/' || g.code from complaint_record r join org_unit u on u.id = r.org_unit_id"
                + " join org_unit g on g.id = r.region_unit_id where r.case_number = ?").param(n).query(String.class)
                .single()).isEqualTo("BJ-HD/BJ");
        f.caseStep("supervisor.bj", n, "assignment", "{\"version\":$V,\"toUser\":\"agent.bj\",\"reason\":\"回到分行\"}")
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select u.code from complaint_record r join org_unit u on u.id = r.org_unit_id"
                + " where r.case_number = ?").param(n).query(String.class).single()).isEqualTo("BJ");
    }

    @Test
    void codingAndDecisionChangeOnlyWhileTheComplaintIsWorked() throws Exception {
        String n = f.open("agent.bj", "[]");
        f.code("agent.bj", n, "100", "").andExpect(status().isOk());
        f.decide("agent.bj", n, "0").andExpect(status().isOk());
        f.inProgress("agent.bj", n);
        f.resolve("agent.bj", n).andExpect(jsonPath("$.status").value("awaiting_review"));
        int version = f.recordVersion(n);
        long audited = jdbc.sql("select count(*) from audit_entry where entity_id = ? and action like 'complaint.%'")
                .param(n).query(Long.class).single();
        f.code("agent.bj", n, "90000", "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("awaiting_review"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("处理决定只能在处理中修改")));
        f.decide("agent.bj", n, "200").andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("awaiting_review"));
        assertThat(f.recordVersion(n)).isEqualTo(version);
        assertThat(jdbc.sql("select amount_in_dispute from complaint_record where case_number = ?").param(n)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("100");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action like 'complaint.%'")
                .param(n).query(Long.class).single()).isEqualTo(audited);

        String panel = mvc.perform(get("/complaints/{n}/panel", n).with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("id=\"complaint-not-working\"")
                .doesNotContain("id=\"complaint-coding-form\"", "id=\"complaint-decision-form\"");
        String refused = mvc.perform(post("/complaints/{n}/panel/decision", n).with(staff.as("agent.bj")).with(csrf())
                        .header("HX-Request", "true").param("version", String.valueOf(version))
                        .param("outcome", "upheld").param("remedy", "退还").param("compensation", "0"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"complaint-refusal\"", "处理决定只能在处理中修改");
        assertThat(f.recordVersion(n)).isEqualTo(version);

        // Sent back by the reviewer, it is worked again, and may change again.
        f.caseStep("supervisor.bj", n, "review", "{\"version\":$V,\"approved\":false,\"comment\":\"补充\"}")
                .andExpect(status().isOk());
        f.decide("agent.bj", n, "200").andExpect(status().isOk());
    }
}
