package org.kefu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.platform.FieldCipher;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The survey link: single use, time-limited, revoked by a resend, one response per case. */
@KefuTest
class SurveyTokenTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    SurveyResponses responses;
    @Autowired
    SurveyInvitations invitations;

    SurveyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SurveyFixtures(mvc, staff, jdbc, cipher);
    }

    @Test
    void theLinkShowsTheQuestionsAndWorksOnce() throws Exception {
        String number = fixtures.resolvedCaseWithEmail("agent.bj");
        String token = fixtures.token(number);
        mvc.perform(get("/portal/survey/{t}", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"survey-form\"")))
                .andExpect(content().string(Matchers.containsString("id=\"q5-4\"")))
                .andExpect(content().string(Matchers.containsString("总体而言")))
                .andExpect(content().string(Matchers.containsString("非常满意")));
        mvc.perform(get("/portal/survey/{t}", token).param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Overall, how satisfied")));

        fixtures.answerDemo(token, 5, 4, 5, 4, 5).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"survey-thanks\"")));
        assertThat(fixtures.responses(number)).isEqualTo(1);
        assertThat(fixtures.answers(number)).isEqualTo(5);

        fixtures.answerDemo(token, 1, 1, 1, 1, 1).andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("data-reason=\"used\"")));
        mvc.perform(get("/portal/survey/{t}", token)).andExpect(status().isGone());
        assertThat(fixtures.responses(number)).isEqualTo(1);
        assertThat(jdbc.sql("select a.score from survey_answer a join survey_question q on q.id = a.question_id"
                        + " join survey_response r on r.id = a.response_id join survey_invitation i"
                        + " on i.id = r.invitation_id where i.case_number = ? and q.position = 5").param(number)
                .query(Integer.class).single()).as("the first answers stay").isEqualTo(5);
    }

    @Test
    void missingAndOutOfRangeAnswersAreShownBesideTheirQuestionAndNothingIsWritten() throws Exception {
        String number = fixtures.resolvedCaseWithEmail("agent.bj");
        String token = fixtures.token(number);
        fixtures.answer(token, Map.of(1, "5", 2, "9", 6, "x".repeat(2001))).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"q2-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"q3-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"q6-error\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"q1-error\""))))
                .andExpect(content().string(Matchers.containsString("请回答此问题")));
        assertThat(fixtures.responses(number)).isZero();
        assertThat(jdbc.sql("select used_at is null from survey_invitation where case_number = ?").param(number)
                .query(Boolean.class).single()).as("the link still works").isTrue();
    }

    @Test
    void anExpiredLinkIsGoneAndWritesNothing() throws Exception {
        String number = fixtures.resolvedCaseWithEmail("agent.bj");
        String token = fixtures.token(number);
        jdbc.sql("update survey_invitation set expires_at = now() - interval '1 second' where case_number = ?")
                .param(number).update();
        mvc.perform(get("/portal/survey/{t}", token)).andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("data-reason=\"expired\"")));
        fixtures.answerDemo(token, 5, 5, 5, 5, 5).andExpect(status().isGone());
        assertThat(fixtures.responses(number)).isZero();
    }

    @Test
    void anUnknownOrMalformedLinkIsNotFound() throws Exception {
        mvc.perform(get("/portal/survey/{t}", "A".repeat(43))).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("data-reason=\"unknown\"")));
        mvc.perform(get("/portal/survey/{t}", "not-a-token")).andExpect(status().isNotFound());
        long before = jdbc.sql("select count(*) from survey_response").query(Long.class).single();
        mvc.perform(post("/portal/survey/{t}", "B".repeat(43)).with(csrf()).param("q1", "5"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from survey_response").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aResendRevokesTheOldLinkAndIsLimited() throws Exception {
        String number = fixtures.resolvedCaseWithEmail("agent.bj");
        String first = fixtures.token(number);
        resend(number).andExpect(status().isAccepted());
        String second = fixtures.tokens(number, 2).get(0);
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/portal/survey/{t}", first)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/survey/{t}", second)).andExpect(status().isOk());
        resend(number).andExpect(status().isAccepted());
        resend(number).andExpect(status().isConflict()).andExpect(jsonPath("$.maxResends").value(2));
        assertThat(fixtures.tokens(number, 3)).hasSize(3);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'survey.invitation.resent'")
                .param(number).query(Long.class).single()).isEqualTo(2);

        String third = fixtures.tokens(number, 3).get(0);
        fixtures.answerDemo(third, 4, 4, 4, 4, 4).andExpect(status().isOk());
        assertThat(fixtures.responses(number)).isEqualTo(1);
    }

    @Test
    void aResendIsForStaffWhoSeeTheCaseAndNotAfterAnAnswer() throws Exception {
        String number = fixtures.resolvedCaseWithEmail("agent.bj");
        String token = fixtures.token(number);
        mvc.perform(post("/api/v1/cases/{n}/survey/resend", number).with(staff.as("agent.sh")))
                .andExpect(status().isNotFound());
        fixtures.answerDemo(token, 4, 4, 4, 4, 4).andExpect(status().isOk());
        resend(number).andExpect(status().isConflict());
        assertThat(fixtures.tokens(number, 1)).hasSize(1);
    }

    @Test
    void twoSubmissionsAtOnceGiveOneResponse() throws Exception {
        String number = fixtures.resolvedCaseWithEmail("agent.bj");
        String token = fixtures.token(number);
        Map<String, String> answers = Map.of("q1", "5", "q2", "5", "q3", "5", "q4", "5", "q5", "5");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<SurveyResponses.Outcome>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tasks.add(() -> responses.answer(token, answers));
            }
            List<SurveyResponses.Outcome> outcomes = new ArrayList<>();
            for (Future<SurveyResponses.Outcome> f : pool.invokeAll(tasks)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn(o -> o instanceof SurveyResponses.Answered).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof SurveyResponses.Gone).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.responses(number)).isEqualTo(1);
        assertThat(fixtures.answers(number)).isEqualTo(5);
    }

    @Test
    void aCaseIsInvitedOnceEvenWhenResolvedAgain() throws Exception {
        String number = fixtures.resolvedCaseWithEmail("agent.bj");
        fixtures.token(number);
        mvc.perform(post("/api/v1/cases/{n}/transitions", number).with(staff.as("agent.bj"))
                .contentType("application/json").content("{\"action\":\"reopen\",\"version\":3,\"reason\":\"客户仍有疑问\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/cases/{n}/transitions", number).with(staff.as("agent.bj"))
                .contentType("application/json").content("{\"action\":\"start\",\"version\":4}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/cases/{n}/transitions", number).with(staff.as("agent.bj"))
                .contentType("application/json").content("{\"action\":\"resolve\",\"version\":5,\"resolution\":\"再次解释\"}"))
                .andExpect(status().isOk());
        assertThat(invitations.invite(number)).as("the second resolution invites nobody").isFalse();
        assertThat(jdbc.sql("select count(*) from survey_invitation where case_number = ?").param(number)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(fixtures.tokens(number, 1)).hasSize(1);
    }

    @Test
    void aComplaintMadeInEnglishIsAskedInEnglish() throws Exception {
        String number = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as("agent.bj"))
                .contentType("application/json").content("""
                        {"kind":"complaint","channel":"phone","subject":"Card fee","description":"Charged twice",
                         "contact":{"name":"Jane Doe","email":"jane.%d@example.com"}}""".formatted(System.nanoTime())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
        jdbc.sql("update complaint_record set locale = 'en' where case_number = ?").param(number).update();
        assertThat(invitations.invite(number)).isTrue();
        assertThat(jdbc.sql("select locale from notification_message where correlation = ?").param("survey:" + number)
                .query(String.class).single()).isEqualTo("en");
        mvc.perform(get("/portal/survey/{t}", fixtures.token(number))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Overall, how satisfied")))
                .andExpect(content().string(Matchers.containsString("Very satisfied")));
    }

    private org.springframework.test.web.servlet.ResultActions resend(String number) throws Exception {
        return mvc.perform(post("/api/v1/cases/{n}/survey/resend", number).with(staff.as("agent.bj")));
    }
}
