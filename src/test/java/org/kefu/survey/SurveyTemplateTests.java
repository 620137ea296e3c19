package org.kefu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Templates through the API and the page: validation naming the field, stale versions, the lock. */
@KefuTest
class SurveyTemplateTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurveyRules rules;

    private static String body(String code, Integer version, String questions) {
        return """
                {"code":"%s","nameZh":"网点服务回访","nameEn":"Branch visit",%s"questions":[%s]}"""
                .formatted(code, version == null ? "" : "\"version\":" + version + ",", questions);
    }

    private static final String GOOD_QUESTIONS = """
            {"position":1,"type":"likert","textZh":"总体满意吗？","textEn":"Overall?","weight":2,"indicator":"overall","required":true},
            {"position":2,"type":"yes_no","textZh":"是否一次办结？","textEn":"Done at once?","weight":1,"indicator":"process_completeness"},
            {"position":3,"type":"text","textZh":"建议","textEn":"Suggestions"}""";

    private ResultActions create(String body) throws Exception {
        return mvc.perform(post("/api/v1/survey-templates").with(staff.as("manager.hq"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from survey_template) + (select count(*) from survey_question)")
                .query(Long.class).single();
    }

    private static String code() {
        return "t-" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsWritten() throws Exception {
        long before = rows();
        create(body("Bad Code", null, """
                {"position":1,"type":"likert","textZh":"总体？","textEn":"","weight":0,"indicator":"overall"},
                {"position":1,"type":"text","textZh":"建议","textEn":"Suggestions","weight":1},
                {"position":3,"type":"stars","textZh":"星级","textEn":"Stars"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("code",
                        "questions[0].textEn", "questions[0].weight", "questions[1].position", "questions[1].weight",
                        "questions[2].type")));
        create(body(code(), null, "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("questions"));
        assertThat(rows()).isEqualTo(before);
        mvc.perform(post("/api/v1/survey-templates").with(staff.as("supervisor.bj"))
                .contentType(MediaType.APPLICATION_JSON).content(body(code(), null, GOOD_QUESTIONS)))
                .andExpect(status().isForbidden());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anEditOfAStaleVersionIsAConflict() throws Exception {
        String code = code();
        String created = create(body(code, null, GOOD_QUESTIONS)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.questions.length()").value(3)).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        mvc.perform(put("/api/v1/survey-templates/{id}", id).with(staff.as("manager.hq"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(code, 0, GOOD_QUESTIONS.replace("建议", "其他建议"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.questions[2].textZh").value("其他建议"));
        mvc.perform(put("/api/v1/survey-templates/{id}", id).with(staff.as("manager.hq"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(code, 0, GOOD_QUESTIONS)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get("/api/v1/survey-templates/{id}", id).with(staff.as("supervisor.bj")))
                .andExpect(jsonPath("$.questions[2].textZh").value("其他建议"));
        mvc.perform(delete("/api/v1/survey-templates/{id}", id).param("version", "1").with(staff.as("manager.hq")))
                .andExpect(status().isNoContent());
    }

    @Test
    void aTemplateWithResponsesIsLockedButMayBeRenamed() throws Exception {
        String code = code();
        int id = JsonPath.read(create(body(code, null, GOOD_QUESTIONS)).andReturn().getResponse()
                .getContentAsString(), "$.id");
        long invitation = jdbc.sql("insert into survey_invitation (case_id, case_number, case_kind, case_channel,"
                        + " org_unit_id, template_id, locale, sent_via, token_hash, expires_at, sent_at, updated_at)"
                        + " values (-?, ?, 'consultation', 'phone', (select id from org_unit where code = 'BJ'), ?,"
                        + " 'zh-CN', 'portal', ?, now(), now(), now()) returning id")
                .params(id, "X-" + code, id, "hash-" + code).query(Long.class).single();
        jdbc.sql("insert into survey_response (invitation_id, case_id, template_id, locale, submitted_at)"
                + " values (?, -?, ?, 'zh-CN', now())").params(invitation, id, id).update();

        mvc.perform(put("/api/v1/survey-templates/{id}", id).with(staff.as("manager.hq"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(code, 0, GOOD_QUESTIONS.replace("\"weight\":2", "\"weight\":3"))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.locked").value(true));
        mvc.perform(put("/api/v1/survey-templates/{id}", id).with(staff.as("manager.hq"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(code, 0, GOOD_QUESTIONS)
                                .replace("网点服务回访", "网点服务回访（二）")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(true))
                .andExpect(jsonPath("$.nameZh").value("网点服务回访（二）"));
        mvc.perform(delete("/api/v1/survey-templates/{id}", id).param("version", "1").with(staff.as("manager.hq")))
                .andExpect(status().isConflict());
    }

    @Test
    void aRuleForAKindAndChannelWinsOverAnyChannelAndBadRulesAreNamed() throws Exception {
        int id = JsonPath.read(create(body(code(), null, GOOD_QUESTIONS)).andReturn().getResponse()
                .getContentAsString(), "$.id");
        long before = jdbc.sql("select count(*) from survey_rule").query(Long.class).single();
        mvc.perform(put("/api/v1/survey-rules").with(staff.as("manager.hq")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseKind\":\"happiness\",\"channel\":\"fax\",\"templateId\":-1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("caseKind", "channel", "templateId")));
        assertThat(jdbc.sql("select count(*) from survey_rule").query(Long.class).single()).isEqualTo(before);
        mvc.perform(put("/api/v1/survey-rules").with(staff.as("manager.hq")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseKind\":\"praise\",\"channel\":\"letter\",\"templateId\":" + id + "}"))
                .andExpect(status().isOk());
        assertThat(rules.templateFor("praise", "letter")).contains((long) id);
        assertThat(rules.templateFor("praise", "phone")).isNotEqualTo(java.util.Optional.of((long) id));
        mvc.perform(put("/api/v1/survey-rules").with(staff.as("manager.hq")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseKind\":\"praise\",\"channel\":\"letter\",\"templateId\":" + id
                                + ",\"enabled\":false}")).andExpect(status().isOk());
        assertThat(rules.templateFor("praise", "letter")).isEqualTo(rules.templateFor("praise", "phone"));
        mvc.perform(get("/api/v1/survey-rules").with(staff.as("compliance.hq"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseKind == 'praise' && @.channel == 'letter')].enabled").value(Matchers.contains(false)));
        mvc.perform(put("/api/v1/survey-rules").with(staff.as("supervisor.bj")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseKind\":\"praise\",\"templateId\":" + id + "}")).andExpect(status().isForbidden());
    }

    @Test
    void thePagesListAndEditWithProblemsBesideTheirFields() throws Exception {
        mvc.perform(get("/surveys/templates").with(staff.as("manager.hq"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("service-satisfaction")))
                .andExpect(content().string(Matchers.containsString("id=\"survey-rules\"")));
        long before = rows();
        mvc.perform(post("/surveys/templates").with(staff.as("manager.hq")).with(csrf())
                        .param("code", code()).param("nameZh", "测试").param("nameEn", "Test")
                        .param("questions[0].position", "1").param("questions[0].type", "likert")
                        .param("questions[0].textZh", "满意吗").param("questions[0].textEn", "Satisfied?")
                        .param("questions[0].weight", "abc").param("questions[0].indicator", "overall")
                        .param("questions[1].position", "").param("questions[1].textZh", "")
                        .param("questions[1].textEn", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("权重须为不超过 1000 的正数")));
        assertThat(rows()).isEqualTo(before);
        String code = code();
        mvc.perform(post("/surveys/templates").with(staff.as("manager.hq")).with(csrf())
                        .param("code", code).param("nameZh", "测试").param("nameEn", "Test")
                        .param("questions[0].position", "1").param("questions[0].type", "likert")
                        .param("questions[0].textZh", "满意吗").param("questions[0].textEn", "Satisfied?")
                        .param("questions[0].weight", "1.5").param("questions[0].indicator", "overall"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select weight from survey_question q join survey_template t on t.id = q.template_id"
                + " where t.code = ?").param(code).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1.5");
        mvc.perform(get("/surveys/templates").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
    }
}
