package org.kefu.complaint;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The root cause of a resolved complaint: on the worklist until recorded, by API or by the page's form. */
@KefuTest
class RootCauseTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits orgUnits;

    private ComplaintAnalysisFixtures org;
    private ComplaintAnalysisFixtures.Complaint complaint;

    @BeforeEach
    void resolvedComplaint() throws Exception {
        org = new ComplaintAnalysisFixtures(orgUnits, staff, mvc, jdbc);
        complaint = org.open(org.agent);
        jdbc.sql("update service_case set resolved_at = now() where id = ?").param(complaint.id()).update();
    }

    @Test
    void theWorklistShowsItUntilTheRootCauseIsRecorded() throws Exception {
        assertThat(page()).contains("data-case=\"" + complaint.number() + "\"");
        mvc.perform(post("/complaints/analysis/root-cause").with(staff.as(org.supervisor)).with(csrf())
                        .param("number", complaint.number()).param("category", "process")
                        .param("analysis", "柜面收费告知流程缺少复核环节"))
                .andExpect(status().is3xxRedirection());
        assertThat(page()).doesNotContain("data-case=\"" + complaint.number() + "\"").contains("<svg");
        mvc.perform(put("/api/v1/complaints/{n}/root-cause", complaint.number()).with(staff.as(org.manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"disclosure\",\"analysis\":\"产品说明书未列明年费\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.category").value("disclosure"))
                .andExpect(jsonPath("$.recordedBy").value(org.manager))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/complaints/{n}/rectifications", complaint.number()).with(staff.as(org.supervisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rootCause.category").value("disclosure"));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'complaint.root-cause-recorded'")
                .param(complaint.number()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badInputAndScope() throws Exception {
        mvc.perform(put("/api/v1/complaints/{n}/root-cause", complaint.number()).with(staff.as(org.supervisor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"weather\",\"analysis\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "category", "analysis")));
        mvc.perform(put("/api/v1/complaints/{n}/root-cause", complaint.number()).with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"process\",\"analysis\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/complaints/{n}/root-cause", "KF-19990101-000001").with(staff.as(org.supervisor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"process\",\"analysis\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/complaints/{n}/root-cause", complaint.number()).with(staff.as(org.agent))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"process\",\"analysis\":\"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from complaint_root_cause where case_id = ?").param(complaint.id())
                .query(Long.class).single()).isZero();
        assertThat(mvc.perform(get("/complaints/analysis").with(staff.as("supervisor.bj"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(complaint.number());
    }

    private String page() throws Exception {
        return mvc.perform(get("/complaints/analysis").with(staff.as(org.supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
