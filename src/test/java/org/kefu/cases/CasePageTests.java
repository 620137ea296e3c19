package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The case page: the case masked, its timeline newest first, scoped. */
@KefuTest
class CasePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;

    @Test
    void showsTheCaseAndItsTimelineWithinScopeOnly() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        mvc.perform(post("/api/v1/cases/{n}/transitions", n).with(staff.as("agent.bj"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"plan\",\"version\":0,\"plan\":{\"content\":\"核查跨行手续费\"}}"))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/cases/{n}", n).with(staff.as("agent.bj")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(n, "手续费疑问", "核查跨行手续费", "已制定方案", "赵*", "139****5678")
                .doesNotContain("13912345678");
        String timeline = page.substring(page.indexOf("id=\"timeline\""));
        assertThat(timeline.indexOf(">制定方案<")).as("newest first").isPositive()
                .isLessThan(timeline.indexOf(">受理<"));
        mvc.perform(get("/cases/{n}", n).with(staff.as("agent.sh"))).andExpect(status().isNotFound());
    }
}
