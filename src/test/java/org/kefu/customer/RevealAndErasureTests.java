package org.kefu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Revealing one field needs the permission and a reason and is audited without the value; erasure keeps a pseudonym. */
@KefuTest
class RevealAndErasureTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    private String customer(String mobile) throws Exception {
        return CustomerFixtures.create(mvc, staff, "agent.bj",
                CustomerFixtures.body("周杰", CustomerFixtures.idNumber(), mobile, "BJ"));
    }

    private long auditEntries(String number) {
        return jdbc.sql("select count(*) from audit_entry where action = 'customer.unmasked' and entity_id = ?")
                .param(number).query(Long.class).single();
    }

    @Test
    void complianceRevealsOneFieldWithAReasonAndTheTrailHasTheReasonButNotTheValue() throws Exception {
        String mobile = CustomerFixtures.mobile();
        String number = customer(mobile);
        mvc.perform(post("/api/v1/customers/" + number + "/reveal").with(staff.as("compliance.hq"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"field\":\"mobile\",\"reason\":\"投诉核实 TS-2026-0042\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(mobile));
        Map<String, Object> entry = jdbc.sql("select * from audit_entry where action = 'customer.unmasked'"
                + " and entity_id = ?").param(number).query().singleRow();
        assertThat(entry.get("actor_id")).isEqualTo("compliance.hq");
        assertThat(entry.get("reason")).isEqualTo("投诉核实 TS-2026-0042");
        assertThat((String) entry.get("summary")).contains("mobile");
        assertThat(entry.toString()).doesNotContain(mobile);
    }

    @Test
    void revealNeedsThePermissionAReasonAndAKnownField() throws Exception {
        String number = customer(CustomerFixtures.mobile());
        mvc.perform(post("/api/v1/customers/" + number + "/reveal").with(staff.as("agent.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"mobile\",\"reason\":\"好奇\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/customers/" + number + "/reveal").with(staff.as("compliance.hq"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"mobile\",\"reason\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("reason")));
        mvc.perform(post("/api/v1/customers/" + number + "/reveal").with(staff.as("compliance.hq"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"salary\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("field"));
        assertThat(auditEntries(number)).isZero();
    }

    @Test
    void thePageRevealsOneFieldWithAReason() throws Exception {
        String mobile = CustomerFixtures.mobile();
        String number = customer(mobile);
        mvc.perform(post("/customers/" + number + "/reveal").with(staff.as("compliance.hq")).with(csrf())
                        .header("HX-Request", "true").param("field", "mobile").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("reveal-error")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(mobile))));
        assertThat(auditEntries(number)).isZero();
        mvc.perform(post("/customers/" + number + "/reveal").with(staff.as("compliance.hq")).with(csrf())
                        .header("HX-Request", "true").param("field", "mobile").param("reason", "客户来电核对身份"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(mobile)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        assertThat(auditEntries(number)).isEqualTo(1);
        mvc.perform(post("/customers/" + number + "/reveal").with(staff.as("agent.bj")).with(csrf())
                        .param("field", "mobile").param("reason", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void erasureRemovesPersonalDataAndKeepsAPseudonym() throws Exception {
        String mobile = CustomerFixtures.mobile();
        String number = customer(mobile);
        mvc.perform(delete("/api/v1/customers/" + number).with(staff.as("admin"))).andExpect(status().isNoContent());
        Map<String, Object> row = jdbc.sql("select * from customer where number = ?").param(number).query().singleRow();
        assertThat(row.get("name")).isEqualTo("已删除客户 " + number);
        for (String column : new String[] {"birth_date_enc", "id_number_enc", "id_number_idx", "mobile_enc",
                "mobile_idx", "email_enc", "address_enc", "occupation", "gender", "id_type", "risk_preference",
                "segment", "value_tier", "lifecycle_stage"}) {
            assertThat(row.get(column)).as(column).isNull();
        }
        assertThat(row.get("erased_at")).isNotNull();
        assertThat(jdbc.sql("select count(*) from customer_consent c join customer u on u.id = c.customer_id"
                + " where u.number = ?").param(number).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'customer.erased' and entity_id = ?")
                .param(number).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/customers/" + number).with(staff.as("agent.bj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("已删除客户 " + number))
                .andExpect(jsonPath("$.erased").value(true))
                .andExpect(jsonPath("$.mobile").doesNotExist());
        mvc.perform(CustomerApiTests.lookup("{\"mobile\":\"" + mobile + "\"}").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.totalItems").value(0));
        assertThat(row.get("account_types").toString()).as("holdings are personal financial data too").isEqualTo("{}");
        mvc.perform(delete("/api/v1/customers/" + number).with(staff.as("admin"))).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/customers/" + number + "/reveal").with(staff.as("compliance.hq"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"field\":\"mobile\",\"reason\":\"客户投诉核实\"}"))
                .andExpect(status().isConflict());
    }
}
