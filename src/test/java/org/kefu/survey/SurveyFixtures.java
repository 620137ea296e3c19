package org.kefu.survey;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.kefu.notification.delivery.MessageStore;
import org.kefu.platform.FieldCipher;
import org.kefu.support.Staff;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Resolved cases with an invitation, as staff and the customer make them: a case opened and resolved through
 * the API, the link read from the queued message as the customer's mailbox would show it, answers posted
 * through the page. A plain object, not a bean.
 */
final class SurveyFixtures {

    static final Pattern LINK = Pattern.compile("/portal/survey/([A-Za-z0-9_-]{43})");

    private final MockMvc mvc;
    private final Staff staff;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    SurveyFixtures(MockMvc mvc, Staff staff, JdbcClient jdbc, FieldCipher cipher) {
        this.mvc = mvc;
        this.staff = staff;
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A consultation opened by {@code user} with the given contact JSON, planned, started and resolved. */
    String resolvedCase(String user, String contact) throws Exception {
        String number = JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as(user))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"consultation","channel":"phone","subject":"理财产品咨询",
                         "description":"客户咨询理财产品赎回规则","contact":%s}""".formatted(contact)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
        step(user, number, "{\"action\":\"plan\",\"version\":0,\"plan\":{\"content\":\"解释赎回规则\"}}");
        step(user, number, "{\"action\":\"start\",\"version\":1}");
        step(user, number, "{\"action\":\"resolve\",\"version\":2,\"resolution\":\"已解释\"}");
        return number;
    }

    String resolvedCaseWithEmail(String user) throws Exception {
        return resolvedCase(user, "{\"name\":\"钱七\",\"email\":\"survey." + System.nanoTime() + "@example.com\"}");
    }

    private void step(String user, String number, String body) throws Exception {
        mvc.perform(post("/api/v1/cases/{n}/transitions", number).with(staff.as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    /** Waits for the invitation of the case and answers its newest link, as the customer received it. */
    String token(String caseNumber) {
        return tokens(caseNumber, 1).get(0);
    }

    /** The tokens of the case's invitation messages, newest first, once there are {@code atLeast}. */
    List<String> tokens(String caseNumber, int atLeast) {
        await().atMost(Duration.ofSeconds(20)).until(() -> messages(caseNumber).size() >= atLeast);
        return messages(caseNumber).stream().map(v -> {
            Matcher m = LINK.matcher(cipher.decrypt(MessageStore.VARIABLES_FIELD, v));
            if (!m.find()) {
                throw new AssertionError("no survey link in the message");
            }
            return m.group(1);
        }).toList();
    }

    private List<String> messages(String caseNumber) {
        return jdbc.sql("select variables from notification_message where correlation = ?"
                + " and template_key = 'survey.invitation' order by id desc").param("survey:" + caseNumber)
                .query(String.class).list();
    }

    /** Posts the answers (question position → value) to the survey page. */
    ResultActions answer(String token, Map<Integer, String> answers) throws Exception {
        MockHttpServletRequestBuilder request = post("/portal/survey/{t}", token).with(csrf());
        answers.forEach((position, value) -> request.param("q" + position, value));
        return mvc.perform(request);
    }

    /** All five Likert questions of the demo template answered with {@code scores} (1-5 each, in order). */
    ResultActions answerDemo(String token, int... scores) throws Exception {
        Map<Integer, String> answers = new java.util.HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            answers.put(i + 1, String.valueOf(scores[i]));
        }
        return answer(token, answers);
    }

    long responses(String caseNumber) {
        return jdbc.sql("select count(*) from survey_response r join survey_invitation i on i.id = r.invitation_id"
                + " where i.case_number = ?").param(caseNumber).query(Long.class).single();
    }

    long answers(String caseNumber) {
        return jdbc.sql("select count(*) from survey_answer a join survey_response r on r.id = a.response_id"
                + " join survey_invitation i on i.id = r.invitation_id where i.case_number = ?").param(caseNumber)
                .query(Long.class).single();
    }
}
