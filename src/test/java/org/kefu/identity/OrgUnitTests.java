package org.kefu.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.ScopeProbe;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Moving a unit moves its whole subtree, and with it who may see it. */
@KefuTest
class OrgUnitTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;

    @Test
    void movingABranchDepartmentCarriesItsSubtreeIntoTheNewParentsScope() throws Exception {
        String dept = "D" + System.nanoTime() % 100_000;
        String team = dept + "-T";
        create(dept, "DEPARTMENT", "BJ");
        create(team, "DEPARTMENT", dept);
        new ScopeProbe(mvc, staff.as("agent.bj")).sees("/api/v1/org-units/{code}", dept, team);

        mvc.perform(post("/api/v1/org-units/{code}/move", dept).with(staff.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentCode\":\"SH\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.parentCode").value("SH"));

        new ScopeProbe(mvc, staff.as("agent.bj")).cannotSee("/api/v1/org-units/{code}", dept, team);
        new ScopeProbe(mvc, staff.as("agent.sh")).sees("/api/v1/org-units/{code}", dept, team);
        mvc.perform(post("/api/v1/org-units/{code}/move", dept).with(staff.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentCode\":\"" + team + "\",\"version\":1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parentCode"));
        mvc.perform(post("/api/v1/org-units/{code}/move", dept).with(staff.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentCode\":\"BJ\",\"version\":0}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aSubBranchMustHangUnderABranch() throws Exception {
        mvc.perform(post("/api/v1/org-units").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"X1\",\"type\":\"SUB_BRANCH\",\"parentCode\":\"HQ\",\"nameZh\":\"某支行\","
                                + "\"nameEn\":\"Somewhere\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(post("/api/v1/org-units").with(staff.as("agent.bj")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"X2\",\"type\":\"DEPARTMENT\",\"parentCode\":\"BJ\",\"nameZh\":\"部\","
                                + "\"nameEn\":\"Dept\"}"))
                .andExpect(status().isForbidden());
    }

    private void create(String code, String type, String parent) throws Exception {
        mvc.perform(post("/api/v1/org-units").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"type\":\"" + type + "\",\"parentCode\":\"" + parent
                                + "\",\"nameZh\":\"测试部门\",\"nameEn\":\"Test department\"}"))
                .andExpect(status().isCreated());
    }
}
