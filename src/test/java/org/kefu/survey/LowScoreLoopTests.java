package org.kefu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnitType;
import org.kefu.identity.OrgUnits;
import org.kefu.platform.FieldCipher;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The closed loop: a low overall score opens a linked follow-up case for the owner's line manager, once. */
@KefuTest
class LowScoreLoopTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    LowScoreLoop loop;
    @Autowired
    OrgUnits units;

    SurveyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SurveyFixtures(mvc, staff, jdbc, cipher);
    }

    private long responseOf(String number) {
        return jdbc.sql("select r.id from survey_response r join survey_invitation i on i.id = r.invitation_id"
                + " where i.case_number = ?").param(number).query(Long.class).single();
    }

    private String awaitFollowUp(long responseId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select follow_up_case from survey_response"
                + " where id = ?").param(responseId).query(String.class).optional().isPresent());
        return jdbc.sql("select follow_up_case from survey_response where id = ?").param(responseId)
                .query(String.class).single();
    }

    @Test
    void anOverallTwoOpensAFollowUpForTheOwnersSupervisorLinkedToTheOriginal() throws Exception {
        String number = fixtures.resolvedCaseWithEmail("agent.bj");
        fixtures.answerDemo(fixtures.token(number), 4, 4, 4, 4, 2).andExpect(status().isOk());
        long response = responseOf(number);
        String followUp = awaitFollowUp(response);

        mvc.perform(get("/api/v1/cases/{n}", followUp).with(staff.as("supervisor.bj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.owner").value("supervisor.bj"))
                .andExpect(jsonPath("$.kind").value("service_request"))
                .andExpect(jsonPath("$.links").value(Matchers.hasItem(number)));
        mvc.perform(get("/api/v1/cases/{n}", number).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.status").value("resolved"))
                .andExpect(jsonPath("$.links").value(Matchers.hasItem(followUp)));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'survey.follow-up.opened'"
                + " and entity_id = ?").param(number).query(Long.class).single()).isEqualTo(1);

        // A retry (the event delivered again) finds the follow-up and opens nothing more.
        assertThat(loop.followUp(response)).contains(followUp);
        assertThat(jdbc.sql("select count(*) from case_link l join service_case c on c.id in (l.case_id, l.other_id)"
                + " where c.number = ?").param(number).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'survey.follow-up.opened'"
                + " and entity_id = ?").param(number).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOverallFourOpensNothing() throws Exception {
        String number = fixtures.resolvedCaseWithEmail("agent.bj");
        fixtures.answerDemo(fixtures.token(number), 1, 1, 1, 1, 4).andExpect(status().isOk());
        long response = responseOf(number);
        assertThat(loop.followUp(response)).isEmpty();
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(jdbc.sql("select follow_up_case from survey_response where id = ?").param(response)
                .query(String.class).optional()).isEqualTo(Optional.empty());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'survey.follow-up.opened'"
                + " and entity_id = ?").param(number).query(Long.class).single()).isZero();
    }

    @Test
    void withoutALineManagerTheNearestSupervisorAboveTakesIt() throws Exception {
        String code = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
        units.create(code, OrgUnitType.SUB_BRANCH, "BJ", "测试支行", "Test sub-branch");
        String agent = staff.newUser(code, "agent", false);
        String number = fixtures.resolvedCaseWithEmail(agent);
        fixtures.answer(fixtures.token(number), Map.of(1, "3", 2, "3", 3, "3", 4, "3", 5, "1"))
                .andExpect(status().isOk());
        String followUp = awaitFollowUp(responseOf(number));
        mvc.perform(get("/api/v1/cases/{n}", followUp).with(staff.as("supervisor.bj")))
                .andExpect(jsonPath("$.owner").value("supervisor.bj"));
    }
}
