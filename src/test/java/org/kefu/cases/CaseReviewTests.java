package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/** Review of complaints (four eyes), links and merging duplicates, and contact attempts before follow-up. */
@KefuTest
class CaseReviewTests {

    static final String REQUEST = """
            {"kind":"service_request","channel":"phone","subject":"开具证明","description":"需要存款证明",
             "customerNumber":"C0000000001"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    ResultActions act(String user, String number, String path, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{n}/" + path, number).with(staff.as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String inProgress(String user, String body) throws Exception {
        String n = JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.number");
        act(user, n, "transitions", "{\"action\":\"plan\",\"version\":0,\"plan\":{\"content\":\"p\"}}").andExpect(status().isOk());
        act(user, n, "transitions", "{\"action\":\"start\",\"version\":1}").andExpect(status().isOk());
        return n;
    }

    private long progressMessages(String n) {
        return jdbc.sql("select count(*) from notification_message where correlation = ? and template_key = 'case.progress'")
                .param(n).query(Long.class).single();
    }

    private long resolvedMessages(String n) {
        return jdbc.sql("select count(*) from notification_message where correlation = ? and template_key = 'case.resolved'")
                .param(n).query(Long.class).single();
    }

    @Test
    void aComplaintIsResolvedOnlyAfterAnotherSupervisorApproves() throws Exception {
        String n = inProgress("supervisor.bj", CaseFixtures.COUNTER_COMPLAINT);
        org.kefu.support.ComplaintPrerequisites.codedAndDecided(jdbc, n);
        act("supervisor.bj", n, "transitions", "{\"action\":\"resolve\",\"version\":2,\"resolution\":\"退还手续费\"}")
                .andExpect(jsonPath("$.status").value("awaiting_review")).andExpect(jsonPath("$.resolution").value("退还手续费"))
                .andExpect(jsonPath("$.review.requestedBy").value("supervisor.bj"));
        assertThat(resolvedMessages(n)).isZero();
        act("supervisor.bj", n, "review", "{\"version\":3,\"approved\":true}").andExpect(status().isForbidden());
        act("agent.bj", n, "review", "{\"version\":3,\"approved\":true}").andExpect(status().isForbidden());
        act("supervisor.bj", n, "transitions", "{\"action\":\"approve\",\"version\":3}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("action")));

        String reviewer = staff.newUser("BJ", "supervisor", false);
        act(reviewer, n, "review", "{\"version\":3,\"approved\":false}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("comment")));
        act(reviewer, n, "review", "{\"version\":3,\"approved\":false,\"comment\":\"退费尚未入账\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("in_progress"))
                .andExpect(jsonPath("$.review.state").value("rejected"))
                .andExpect(jsonPath("$.review.comment").value("退费尚未入账"));
        act("supervisor.bj", n, "transitions", "{\"action\":\"resolve\",\"version\":4,\"resolution\":\"退费已入账\"}")
                .andExpect(jsonPath("$.status").value("awaiting_review"));
        act(reviewer, n, "review", "{\"version\":5,\"approved\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("resolved")).andExpect(jsonPath("$.review.state").value("approved"));
        assertThat(resolvedMessages(n)).as("one SMS to the contact, after approval only").isEqualTo(1);
        act(reviewer, n, "review", "{\"version\":6,\"approved\":true}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowed").value(Matchers.hasItem("follow_up")));
    }

    @Test
    void followUpNeedsTheCustomersConfirmationOrThreeDocumentedAttempts() throws Exception {
        String n = inProgress("agent.bj", REQUEST);
        act("agent.bj", n, "transitions", "{\"action\":\"resolve\",\"version\":2,\"resolution\":\"已开具\"}")
                .andExpect(jsonPath("$.status").value("resolved"));
        act("agent.bj", n, "transitions", "{\"action\":\"follow_up\",\"version\":3}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.attemptsNeeded").value(3)).andExpect(jsonPath("$.attemptsMade").value(0))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("3")));
        for (int version = 3; version < 5; version++) {
            act("agent.bj", n, "contacts", "{\"version\":" + version + ",\"channel\":\"phone\",\"outcome\":\"no_answer\"}")
                    .andExpect(status().isOk());
        }
        act("agent.bj", n, "transitions", "{\"action\":\"follow_up\",\"version\":5}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.attemptsMade").value(2));
        act("agent.bj", n, "contacts", "{\"version\":5,\"channel\":\"sms\",\"outcome\":\"no_answer\",\"note\":\"短信未回复\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.contacts.length()").value(3));
        act("agent.bj", n, "transitions", "{\"action\":\"follow_up\",\"version\":6}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("followed_up"));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'case.contact-recorded'")
                .param(n).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aCustomerVisibleReplyTellsTheCustomer() throws Exception {
        String n = inProgress("agent.bj", REQUEST);
        act("agent.bj", n, "replies", "{\"text\":\"内部备注\",\"version\":2,\"visibleToCustomer\":false}").andExpect(status().isOk());
        assertThat(progressMessages(n)).as("an internal note is not sent").isZero();
        act("agent.bj", n, "replies", "{\"text\":\"证明已开具，请到网点领取\",\"version\":3,\"visibleToCustomer\":true}")
                .andExpect(status().isOk());
        assertThat(progressMessages(n)).as("to the known customer's mobile and e-mail").isEqualTo(2);
    }

    @Test
    void relatedCasesAreLinkedOnceAndADuplicateIsMergedIntoItsPrimary() throws Exception {
        String a = CaseFixtures.open(mvc, staff, "agent.bj");
        String b = CaseFixtures.open(mvc, staff, "agent.bj");
        String dup = CaseFixtures.open(mvc, staff, "agent.bj");
        String sh = CaseFixtures.open(mvc, staff, "agent.sh");
        act("agent.bj", a, "links", "{\"otherNumber\":\"" + b + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.links").value(Matchers.contains(b)));
        act("agent.bj", b, "links", "{\"otherNumber\":\"" + a + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.links").value(Matchers.contains(a)));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'case.linked'")
                .param(b).query(Long.class).single()).isEqualTo(1);
        act("agent.bj", a, "links", "{\"otherNumber\":\"" + a + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("otherNumber")));
        act("agent.bj", a, "links", "{\"otherNumber\":\"" + sh + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("otherNumber")));
        act("agent.bj", sh, "links", "{\"otherNumber\":\"" + a + "\"}").andExpect(status().isNotFound());

        act("agent.bj", dup, "merge", "{\"version\":0,\"into\":\"" + dup + "\"}").andExpect(status().isBadRequest());
        act("agent.bj", dup, "merge", "{\"version\":0,\"into\":\"" + a + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("cancelled")).andExpect(jsonPath("$.mergedInto").value(a))
                .andExpect(jsonPath("$.cancelReason").value("duplicate of " + a));
        mvc.perform(get("/api/v1/cases/{n}", a).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.duplicates").value(Matchers.contains(dup)));
        mvc.perform(get("/api/v1/cases/{n}/timeline", a).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$[*].type").value(Matchers.contains("opened", "linked", "merged")));
        mvc.perform(get("/api/v1/cases/{n}/timeline", dup).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$[1].type").value("merge")).andExpect(jsonPath("$[1].text").value("duplicate of " + a));
        act("agent.bj", dup, "merge", "{\"version\":1,\"into\":\"" + b + "\"}").andExpect(status().isConflict());
    }
}
