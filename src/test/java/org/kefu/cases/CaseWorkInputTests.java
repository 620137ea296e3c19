package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

/** Bad input on every write endpoint of case work: 400 naming each offending field, nothing written. */
@KefuTest
class CaseWorkInputTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    private long rows(String number) {
        return jdbc.sql("select c.version + (select count(*) from case_entry e where e.case_id = c.id)"
                        + " + (select count(*) from case_link l where c.id in (l.case_id, l.other_id))"
                        + " + (select count(*) from case_contact k where k.case_id = c.id)"
                        + " + (select count(*) from audit_entry a where a.entity_id = c.number)"
                        + " from service_case c where c.number = ?")
                .param(number).query(Long.class).single();
    }

    private void rejects(String user, String number, String path, String body, String... fields) throws Exception {
        mvc.perform(post("/api/v1/cases/{n}/" + path, number).with(staff.as(user))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(fields)));
    }

    @Test
    void everyNewWriteEndpointNamesTheBadFieldsAndWritesNothing() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        long before = rows(n);
        rejects("agent.bj", n, "handover", "{}", "version", "toUser", "reason");
        rejects("agent.bj", n, "handover", "{\"version\":0,\"toUser\":\"agent.hd\",\"toQueue\":\"BJ-HD\",\"reason\":\"x\"}",
                "toQueue");
        rejects("agent.bj", n, "handover", "{\"version\":0,\"toQueue\":\"XX-NOWHERE\",\"reason\":\"x\"}", "toQueue");
        rejects("agent.bj", n, "handover", "{\"version\":0,\"toUser\":\"agent.bj\",\"reason\":\"x\"}", "toUser");
        rejects("agent.bj", n, "handover", "{\"version\":0,\"toUser\":\"nobody.here\",\"reason\":\"x\"}", "toUser");
        rejects("agent.bj", n, "handover/accept", "{}", "version");
        rejects("agent.bj", n, "handover/decline", "{\"version\":0,\"reason\":\" \"}", "reason");
        rejects("agent.bj", n, "handover/withdraw", "{}", "version");
        rejects("supervisor.bj", n, "assignment", "{}", "version", "toUser", "reason");
        rejects("agent.bj", n, "take", "{}", "version");
        rejects("supervisor.bj", n, "review", "{}", "version", "approved");
        rejects("agent.bj", n, "links", "{}", "otherNumber");
        rejects("agent.bj", n, "links", "{\"otherNumber\":\"KF-19990101-000001\"}", "otherNumber");
        rejects("agent.bj", n, "merge", "{}", "version", "into");
        rejects("agent.bj", n, "contacts", "{}", "version", "channel", "outcome");
        rejects("agent.bj", n, "contacts", "{\"version\":0,\"channel\":\"fax\",\"outcome\":\"maybe\",\"rating\":9}",
                "channel", "outcome", "rating");
        rejects("agent.bj", n, "transitions", "{\"action\":\"merge\",\"version\":0}", "action");
        mvc.perform(get("/api/v1/cases").param("view", "everything").with(staff.as("agent.bj")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("view")));
        assertThat(rows(n)).isEqualTo(before);

        long skills = jdbc.sql("select count(*) from agent_skill").query(Long.class).single();
        mvc.perform(put("/api/v1/cases/skills/{u}", "agent.hd").with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"categories\":[\"cards\",\"no-such\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("categories")));
        mvc.perform(put("/api/v1/cases/skills/{u}", "agent.hd").with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("categories")));
        assertThat(jdbc.sql("select count(*) from agent_skill").query(Long.class).single()).isEqualTo(skills);
    }
}
