package org.kefu.survey;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.platform.FieldCipher;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The metrics API gives, for responses made through the survey page, the figures computed by hand (demo
 * template: four Likert questions of weight 1, overall of weight 2, a free text), within the caller's scope.
 */
@KefuTest
class SurveyMetricsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    SurveyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SurveyFixtures(mvc, staff, jdbc, cipher);
    }

    @Test
    void theApiGivesTheHandComputedFiguresOfAnswersMadeOnThePage() throws Exception {
        String agent = staff.newUser("BJ", "agent", false);
        String first = fixtures.resolvedCaseWithEmail(agent);
        String second = fixtures.resolvedCaseWithEmail(agent);
        String third = fixtures.resolvedCaseWithEmail(agent);
        // 5,5,5,5,5 → CSI 100, overall 5, all good
        fixtures.answerDemo(fixtures.token(first), 5, 5, 5, 5, 5).andExpect(status().isOk());
        // 4,3,2,5,3 → scores 75,50,25,100,50 → CSI (75+50+25+100+2·50)/6 = 350/6; overall 3; not all good
        fixtures.answer(fixtures.token(second), Map.of(1, "4", 2, "3", 3, "2", 4, "5", 5, "3", 6, "还可以"))
                .andExpect(status().isOk());
        fixtures.token(third); // invited, never answered

        mvc.perform(get("/api/v1/surveys/metrics").param("agent", agent).with(staff.as("supervisor.bj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.invitations").value(3))
                .andExpect(jsonPath("$.total.responses").value(2))
                .andExpect(jsonPath("$.total.responseRate").value(Matchers.closeTo(200.0 / 3, 1e-9)))
                .andExpect(jsonPath("$.total.csat").value(50.0))
                .andExpect(jsonPath("$.total.goodRating").value(50.0))
                .andExpect(jsonPath("$.total.csi").value(Matchers.closeTo((100 + 350.0 / 6) / 2, 1e-9)))
                .andExpect(jsonPath("$.total.indicators.timeliness.likertMean").value(4.5))
                .andExpect(jsonPath("$.total.indicators.timeliness.score").value(87.5))
                .andExpect(jsonPath("$.total.indicators.attitude.score").value(62.5))
                .andExpect(jsonPath("$.total.indicators.overall.likertMean").value(4.0))
                .andExpect(jsonPath("$.total.indicators.overall.score").value(75.0))
                .andExpect(jsonPath("$.csatMet").value(false))
                .andExpect(jsonPath("$.csatTarget").value(90.0))
                .andExpect(jsonPath("$.goodRatingTarget").value(85.0));

        mvc.perform(get("/api/v1/surveys/metrics").param("agent", agent).param("groupBy", "kind")
                        .with(staff.as("manager.hq")))
                .andExpect(jsonPath("$.groups[0].key").value("consultation"))
                .andExpect(jsonPath("$.groups[0].figures.responses").value(2));

        mvc.perform(get("/surveys").param("agent", agent).with(staff.as("supervisor.bj"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("50.0%")))
                .andExpect(content().string(Matchers.containsString("text-danger")))
                .andExpect(content().string(Matchers.containsString("id=\"survey-csat\"")));
    }

    @Test
    void callersSeeOnlyTheirScopeAndAgentsNothing() throws Exception {
        String agent = staff.newUser("BJ", "agent", false);
        String number = fixtures.resolvedCaseWithEmail(agent);
        fixtures.answerDemo(fixtures.token(number), 5, 5, 5, 5, 5).andExpect(status().isOk());
        String shSupervisor = staff.newUser("SH", "supervisor", false);
        mvc.perform(get("/api/v1/surveys/metrics").param("agent", agent).with(staff.as(shSupervisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total.responses").value(0))
                .andExpect(jsonPath("$.total.csat").doesNotExist());
        mvc.perform(get("/api/v1/surveys/metrics").param("unit", "BJ").with(staff.as(shSupervisor)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unit"));
        mvc.perform(get("/api/v1/surveys/metrics").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
    }

    @Test
    void badFiltersAreNamed() throws Exception {
        mvc.perform(get("/api/v1/surveys/metrics").param("groupBy", "weather").with(staff.as("manager.hq")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("groupBy"));
        mvc.perform(get("/api/v1/surveys/metrics").param("from", "2026-12-01").param("to", "2026-11-01")
                .with(staff.as("manager.hq"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/surveys/metrics").param("from", "yesterday").with(staff.as("manager.hq")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
