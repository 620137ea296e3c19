package org.kefu.knowledge.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.kefu.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The portal widget's endpoint (anonymous, session and CSRF token, conversations tied to the session) and
 * the agents' suggestions panel on the case page.
 */
@KefuTest
class AssistantPortalTests {

    @Autowired
    ApplicationContext context;

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

    private WebSession visitor() {
        return new WebSession(mvc, "10.88." + ThreadLocalRandom.current().nextInt(1, 250) + "."
                + ThreadLocalRandom.current().nextInt(1, 250));
    }

    private MvcResult say(WebSession visitor, String conversationId, String text) throws Exception {
        return visitor.perform(post("/portal/assistant/messages").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(AssistantApiTests.json(conversationId, text, "zh")));
    }

    @Test
    void anonymousCustomersTalkThroughTheirSessionOnly() throws Exception {
        WebSession customer = visitor();
        assertThat(customer.perform(post("/portal/assistant/messages").contentType(MediaType.APPLICATION_JSON)
                .content(AssistantApiTests.json(null, "卡丢了", "zh"))).getResponse().getStatus()).isEqualTo(403);

        MvcResult first = say(customer, null, "我的银行卡丢了");
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        String body = first.getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.conversationId");
        assertThat((String) JsonPath.read(body, "$.reply")).contains("后四位");
        assertThat(say(customer, id, "1234").getResponse().getContentAsString()).contains("尾号 1234");

        // Someone else with the id gets nothing: not the conversation, not its rating.
        WebSession stranger = visitor();
        assertThat(say(stranger, id, "13800138000").getResponse().getStatus()).isEqualTo(404);
        Number messageId = JsonPath.read(body, "$.messageId");
        assertThat(stranger.perform(post("/portal/assistant/messages/{id}/rating", messageId).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"helpful\":true}")).getResponse().getStatus())
                .isEqualTo(404);

        MvcResult invalid = say(customer, id, " ");
        assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
        assertThat(invalid.getResponse().getContentType()).contains("application/problem+json");
        assertThat((String) JsonPath.read(invalid.getResponse().getContentAsString(), "$.errors[0].field"))
                .isEqualTo("text");
        // The flow is still where it was.
        assertThat(say(customer, id, "13800138000").getResponse().getContentAsString()).contains("138****8000");
    }

    @Test
    void eachAddressMaySendALimitedNumberOfMessages() throws Exception {
        WebSession customer = visitor();
        MvcResult last = null;
        for (int i = 0; i <= 120; i++) {
            last = say(customer, null, " ");
            if (last.getResponse().getStatus() == 429) {
                break;
            }
            assertThat(last.getResponse().getStatus()).isEqualTo(400);
        }
        assertThat(last.getResponse().getStatus()).isEqualTo(429);
        assertThat(last.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(last.getResponse().getContentType()).contains("application/problem+json");
        // Another address is not held back.
        assertThat(say(visitor(), null, "你好").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void agentsSeeSuggestedAnswersOnTheCasePage() throws Exception {
        String number = JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as("agent.bj"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"service_request","channel":"phone","subject":"客户银行卡丢失","description":"客户称昨天银行卡丢了，要求挂失",
                         "contact":{"name":"赵六","mobile":"13800138000"}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
        String page = mvc.perform(get("/cases/{n}", number).with(staff.as("agent.bj"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"assistant-suggestions\"", "hx-get=\"/assistant/suggestions?q=");

        String panel = mvc.perform(get("/assistant/suggestions").param("q", "客户银行卡丢失 客户称昨天银行卡丢了，要求挂失")
                        .header("Accept-Language", "zh-CN").with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("推荐答案", "id=\"assistant-best\"", "card_lost");
        String nothing = mvc.perform(get("/assistant/suggestions").param("q", "")
                .with(staff.as("agent.bj"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(nothing).contains("assistant-none");
        // Not for staff without knowledge.read, nor for the public.
        String operator = staff.newUser("BJ", "device_operator", false);
        mvc.perform(get("/assistant/suggestions").param("q", "卡丢了").with(staff.as(operator)))
                .andExpect(status().isForbidden());
        assertThat(visitor().perform(get("/assistant/suggestions").param("q", "卡丢了")).getResponse().getStatus())
                .isIn(302, 401);
    }

    @Test
    void thePortalPagesCarryTheWidget() throws Exception {
        String home = visitor().perform(get("/portal").header("Accept-Language", "en")).getResponse()
                .getContentAsString();
        assertThat(home).contains("id=\"assistant-toggle\"", "Ask our assistant", "role=\"log\"",
                "aria-live=\"polite\"", "<label for=\"assistant-input\"", "/js/assistant.js", "data-csrf-token=\"");
    }

    private static String attribute(String page, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(name + "=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    private static MvcResult sayWithToken(WebSession visitor, String header, String token) throws Exception {
        return visitor.perform(post("/portal/assistant/messages").header(header, token)
                .contentType(MediaType.APPLICATION_JSON).content(AssistantApiTests.json(null, "你好", "zh")));
    }

    @Test
    void aStaleTokenIsReplacedByAFreshOneFromTheTokenEndpoint() throws Exception {
        String address = "10.89.1." + ThreadLocalRandom.current().nextInt(1, 250);
        WebSession customer = new WebSession(mvc, address);
        String page = customer.perform(get("/portal")).getResponse().getContentAsString();
        String header = attribute(page, "data-csrf-header");
        String token = attribute(page, "data-csrf-token");
        assertThat(attribute(page, "data-token-url")).isEqualTo("/portal/assistant/token");
        assertThat(sayWithToken(customer, header, token).getResponse().getStatus()).isEqualTo(200);

        // The session expired: the page's token is refused, a fresh one from the endpoint is accepted.
        WebSession expired = new WebSession(mvc, address);
        assertThat(sayWithToken(expired, header, token).getResponse().getStatus()).isEqualTo(403);
        MvcResult fresh = expired.perform(get("/portal/assistant/token"));
        assertThat(fresh.getResponse().getStatus()).isEqualTo(200);
        assertThat(fresh.getResponse().getHeader("Cache-Control")).contains("no-store");
        String body = fresh.getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.header")).isEqualTo(header);
        assertThat(sayWithToken(expired, header, JsonPath.read(body, "$.token")).getResponse().getStatus())
                .isEqualTo(200);
    }
}
