package org.kefu.knowledge.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The assistant over the API as a channel system (API key) and staff call it: validation, who owns a
 * conversation, the lost-card and complaint-status flows against real cases, hand-off, ratings, figures.
 */
@KefuTest
class AssistantApiTests {

    @Autowired
    ApplicationContext context;

    static final String KEY = "Bearer kefu_demo_mobile_key";

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    org.kefu.knowledge.IntentClassifier classifier;

    @org.junit.jupiter.api.BeforeEach
    void modelTrained() throws InterruptedException {
        TrainedModel.await(context);
    }
    @Autowired
    JdbcClient jdbc;

    static String json(String conversationId, String text, String language) {
        return """
                {"conversationId":%s,"text":"%s","language":%s}""".formatted(
                conversationId == null ? "null" : "\"" + conversationId + "\"", text,
                language == null ? "null" : "\"" + language + "\"");
    }

    private MockHttpServletRequestBuilder message(String body) {
        return post("/api/v1/assistant/messages").header("Authorization", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Sends a message as the demo channel system; returns the answer's JSON. */
    String say(String conversationId, String text, String language) throws Exception {
        return mvc.perform(message(json(conversationId, text, language))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    long conversations() {
        return jdbc.sql("select count(*) from knowledge_assistant_conversation").query(Long.class).single();
    }

    static String uniqueMobile() {
        return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void refusesBadInputNamingTheFieldAndWritesNothing() throws Exception {
        long before = conversations();
        mvc.perform(message(json(null, "  ", "en"))).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(message(json(null, "x".repeat(1001), "en"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].code").value("too-long"));
        mvc.perform(message(json(null, "hello", "fr"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        mvc.perform(message("{\"language\":\"zh\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(post("/api/v1/assistant/classify").header("Authorization", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"\",\"language\":\"xx\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("text", "language")));
        mvc.perform(post("/api/v1/assistant/messages").contentType(MediaType.APPLICATION_JSON)
                .content(json(null, "hello", "en"))).andExpect(status().isUnauthorized());
        assertThat(conversations()).isEqualTo(before);
    }

    @Test
    void classifyNeedsAnApiClientOrStaff() throws Exception {
        String body = "{\"text\":\"I lost my card\",\"language\":\"en\"}";
        mvc.perform(post("/api/v1/assistant/classify").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/assistant/classify").header("Authorization", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intent").value("card_lost"))
                .andExpect(jsonPath("$.outOfScope").value(false));
        mvc.perform(post("/api/v1/assistant/classify").with(staff.as("agent.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ranked[0].intent").value("card_lost"));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void lostCardOpensAP1ServiceRequestFromTheChatAndTheTranscriptIsMasked(CapturedOutput output) throws Exception {
        String mobile = uniqueMobile();
        String first = say(null, "I lost my card", "en");
        String id = JsonPath.read(first, "$.conversationId");
        assertThat((String) JsonPath.read(first, "$.intent")).isEqualTo("card_lost");
        assertThat((String) JsonPath.read(first, "$.reply")).contains("last four digits");
        assertThat((String) JsonPath.read(say(id, "12345", null), "$.reply")).contains("exactly four digits");
        say(id, "4321", null);
        String confirm = say(id, mobile, null);
        assertThat((String) JsonPath.read(confirm, "$.reply")).contains("ending 4321").doesNotContain(mobile);
        String done = say(id, "yes", null);
        String number = JsonPath.read(done, "$.caseNumber");
        assertThat(number).matches("KF-\\d{8}-\\d{6}");
        assertThat((String) JsonPath.read(done, "$.reply")).contains(number);

        // An agent of the unit the assistant files into sees the urgent request.
        String agent = staff.newUser("HQ", "agent", false);
        mvc.perform(get("/api/v1/cases/{n}", number).with(staff.as(agent))).andExpect(status().isOk())
                .andExpect(jsonPath("$.priority").value("P1"))
                .andExpect(jsonPath("$.kind").value("service_request"))
                .andExpect(jsonPath("$.channel").value("online_chat"))
                .andExpect(jsonPath("$.category").value("cards.lost"))
                .andExpect(jsonPath("$.flags[0]").value("account_security"))
                .andExpect(jsonPath("$.subject").value(org.hamcrest.Matchers.containsString("4321")));

        String transcript = String.join("\n", jdbc.sql("select text from knowledge_assistant_message"
                + " where conversation_id = ?::uuid order by id").param(id).query(String.class).list());
        assertThat(transcript).contains("I lost my card", number).doesNotContain("4321")
                .doesNotContain(mobile).doesNotContain(mobile.substring(7));
        String slots = jdbc.sql("select coalesce(slots_enc, '') from knowledge_assistant_conversation"
                + " where id = ?::uuid").param(id).query(String.class).single();
        assertThat(slots).doesNotContain("4321");
        assertThat(output.getAll()).doesNotContain(mobile).doesNotContain("I lost my card");
    }

    @Test
    void complaintStatusWithWrongDigitsRevealsNothing() throws Exception {
        String mobile = uniqueMobile();
        String number = JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as("agent.bj"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"complaint","channel":"phone","subject":"信用卡年费争议","description":"客户投诉年费",
                         "contact":{"name":"王五","mobile":"%s"}}""".formatted(mobile)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
        String right = mobile.substring(7);
        String wrong = right.equals("0000") ? "1111" : "0000";

        String id = JsonPath.read(say(null, "where is my complaint", "en"), "$.conversationId");
        say(id, number, null);
        String wrongDigits = say(id, wrong, null);
        String other = JsonPath.read(say(null, "where is my complaint", "en"), "$.conversationId");
        say(other, "KF-20200101-999999", null);
        String noCase = say(other, right, null);
        assertThat((String) JsonPath.read(wrongDigits, "$.reply")).isEqualTo(JsonPath.read(noCase, "$.reply"))
                .doesNotContain(number).doesNotContain("received");

        say(id, number, null);
        String status = say(id, right, null);
        assertThat((String) JsonPath.read(status, "$.reply")).isEqualTo("Case " + number
                + ": we have received it and are arranging for it to be handled.");
    }

    @Test
    void outOfScopeOffersAHumanAndTheHandOffCarriesTheMaskedTranscript() throws Exception {
        String mobile = uniqueMobile();
        String question = TrainedModel.first(classifier, org.kefu.knowledge.Language.ZH,
                org.kefu.knowledge.IntentPrediction::outOfScope,
                java.util.List.of("火星明天天气怎么样", "附近有什么好吃的餐厅推荐吗", "昨晚的足球比赛谁赢了"));
        String first = say(null, question, "zh");
        assertThat((Boolean) JsonPath.read(first, "$.handOff")).isTrue();
        assertThat((Object) JsonPath.read(first, "$.answer")).isNull();
        String id = JsonPath.read(first, "$.conversationId");
        say(id, "是", null);
        assertThat((String) JsonPath.read(say(id, "我的卡号是6222021234567890", null), "$.reply")).contains("11位手机号");
        String done = say(id, mobile, null);
        String number = JsonPath.read(done, "$.caseNumber");
        assertThat((Boolean) JsonPath.read(done, "$.conversationOver")).isTrue();
        String view = mvc.perform(get("/api/v1/cases/{n}", number).with(staff.as("manager.hq")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.channel").value("online_chat"))
                .andExpect(jsonPath("$.kind").value("consultation"))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(view, "$.description")).contains(question, "客户: 是", "我的卡号是****")
                .doesNotContain("6222021234567890").doesNotContain(mobile);
        assertThat((String) JsonPath.read(view, "$.subject")).contains(question);
        // The conversation is over: continuing it is like continuing an unknown one.
        mvc.perform(message(json(id, "hello", "zh"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select handed_off from knowledge_assistant_conversation where id = ?::uuid").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aConversationBelongsToWhoStartedIt() throws Exception {
        String reply = say(null, "how do I activate my new card", "en");
        String id = JsonPath.read(reply, "$.conversationId");
        Number messageId = JsonPath.read(reply, "$.messageId");
        mvc.perform(post("/api/v1/assistant/messages").with(staff.as("agent.bj"))
                .contentType(MediaType.APPLICATION_JSON).content(json(id, "1234", null)))
                .andExpect(status().isNotFound());
        mvc.perform(message(json("not-a-conversation", "hello", null))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/assistant/messages/{id}/rating", messageId).with(staff.as("agent.bj"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"helpful\":true}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from knowledge_assistant_message where rated_at is not null and id = ?")
                .param(messageId.longValue()).query(Long.class).single()).isZero();
    }

    @Test
    void idleConversationsEndAndOnlyThoseServedCountAsContained() throws Exception {
        String id = JsonPath.read(say(null, "I lost my card", "en"), "$.conversationId");
        say(id, "2468", null);
        String question = TrainedModel.first(classifier, org.kefu.knowledge.Language.EN,
                p -> !p.outOfScope() && !p.ambiguous() && p.top().map(t -> !t.intent().equals("card_lost")
                        && !t.intent().equals("complaint_status")).orElse(false),
                java.util.List.of("how do I activate my new card", "how do I activate my card",
                        "how can I reset my online banking password"));
        String answered = say(null, question, "en");
        assertThat((Object) JsonPath.read(answered, "$.answer")).isNotNull();
        String answeredId = JsonPath.read(answered, "$.conversationId");
        say(answeredId, "thanks", null); // a courtesy after the answer leaves it answered
        String unsure = TrainedModel.first(classifier, org.kefu.knowledge.Language.EN,
                org.kefu.knowledge.IntentPrediction::outOfScope, java.util.List.of(
                        "what is the weather like on Mars tomorrow", "who won the football match last night",
                        "recommend a good restaurant nearby"));
        String unsureId = JsonPath.read(say(null, unsure, "en"), "$.conversationId");
        String before = mvc.perform(get("/api/v1/assistant/metrics").with(staff.as("manager.hq")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String c : java.util.List.of(id, answeredId, unsureId)) {
            jdbc.sql("update knowledge_assistant_conversation set last_at = last_at - interval '31 minutes'"
                    + " where id = ?::uuid").param(c).update();
        }
        mvc.perform(message(json(id, "and the fee?", null))).andExpect(status().isNotFound());
        String after = mvc.perform(get("/api/v1/assistant/metrics").with(staff.as("manager.hq")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Three ended without a hand-off; only the answered one was served: not the abandoned flow, not the
        // customer who left after "I am not sure".
        assertThat((Integer) JsonPath.read(after, "$.ended")).isEqualTo((Integer) JsonPath.read(before, "$.ended") + 3);
        assertThat((Integer) JsonPath.read(after, "$.contained"))
                .isEqualTo((Integer) JsonPath.read(before, "$.contained") + 1);
        assertThat((Integer) JsonPath.read(after, "$.handedOff")).isEqualTo(JsonPath.read(before, "$.handedOff"));
        // The abandoned flow's slots (the card's digits) are gone once another conversation starts.
        say(null, "hello", "en");
        assertThat(jdbc.sql("select slots_enc is null from knowledge_assistant_conversation where id = ?::uuid")
                .param(id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void ratingsCountInTheFiguresSupervisorsRead() throws Exception {
        String reply = say(null, "how do I activate my new card", "en");
        Number messageId = JsonPath.read(reply, "$.messageId");
        String before = mvc.perform(get("/api/v1/assistant/metrics").with(staff.as("supervisor.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/assistant/messages/{id}/rating", messageId).header("Authorization", KEY)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("helpful"));
        mvc.perform(post("/api/v1/assistant/messages/{id}/rating", messageId).header("Authorization", KEY)
                .contentType(MediaType.APPLICATION_JSON).content("{\"helpful\":false}"))
                .andExpect(status().isNoContent());
        String after = mvc.perform(get("/api/v1/assistant/metrics").with(staff.as("supervisor.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(after, "$.unhelpful"))
                .isEqualTo((Integer) JsonPath.read(before, "$.unhelpful") + 1);
        assertThat((Integer) JsonPath.read(after, "$.conversations")).isPositive();
        mvc.perform(get("/api/v1/assistant/metrics").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assistant/metrics").param("days", "0").with(staff.as("supervisor.bj")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("days"));
        mvc.perform(get("/assistant/metrics").with(staff.as("supervisor.bj"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("figure-containment")));
    }
}
