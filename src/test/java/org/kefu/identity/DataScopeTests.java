package org.kefu.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.apiclient.ApiClients;
import org.kefu.support.ScopeProbe;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A user sees their own unit and everything below it; a sibling's or a parent's records do not exist for them. */
@KefuTest
class DataScopeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    ApiClients apiClients;
    @Autowired
    Users users;

    @Test
    void agentOfBeijingSeesBeijingAndHaidianButNotShanghaiThroughTheApi() throws Exception {
        String key = personalToken("agent.bj");
        RequestPostProcessor bearer = request -> {
            request.addHeader("Authorization", "Bearer " + key);
            return request;
        };
        new ScopeProbe(mvc, bearer).sees("/api/v1/org-units/{code}", "BJ", "BJ-HD")
                .cannotSee("/api/v1/org-units/{code}", "SH", "HQ");
        mvc.perform(get("/api/v1/org-units").with(bearer))
                .andExpect(jsonPath("$[*].code").value(Matchers.contains("BJ", "BJ-HD")));
    }

    @Test
    void agentOfBeijingSeesBeijingAndHaidianButNotShanghaiThroughThePages() throws Exception {
        new ScopeProbe(mvc, staff.as("agent.bj")).sees("/org-units/{code}", "BJ", "BJ-HD")
                .cannotSee("/org-units/{code}", "SH", "HQ");
    }

    @Test
    void aSubBranchAgentSeesOnlyTheSubBranch() throws Exception {
        new ScopeProbe(mvc, staff.as("agent.hd")).sees("/org-units/{code}", "BJ-HD")
                .cannotSee("/org-units/{code}", "BJ", "SH");
    }

    @Test
    void headOfficeWideViewSeesEverything() throws Exception {
        new ScopeProbe(mvc, staff.as("manager.hq")).sees("/org-units/{code}", "HQ", "BJ", "BJ-HD", "SH");
    }

    @Test
    void theDemoChannelClientIsScopedToItsBranch() throws Exception {
        RequestPostProcessor mobileApp = request -> {
            request.addHeader("Authorization", "Bearer kefu_demo_mobile_key");
            return request;
        };
        new ScopeProbe(mvc, mobileApp).sees("/api/v1/org-units/{code}", "BJ").cannotSee("/api/v1/org-units/{code}", "SH");
    }

    private String personalToken(String username) {
        StaffUser user = users.findByUsername(username).orElseThrow();
        return apiClients.create(username + "-scope-" + System.nanoTime() % 100000, "PERSONAL", null, user.orgUnitId(),
                user.id(), Set.of("identity.org-units.read"), username).key();
    }

}
