package org.kefu.knowledge.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The limits that keep the assistant from being a way to guess digits or to flood the bank with cases. */
@KefuTest
class AssistantLimitsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void modelTrained() throws InterruptedException {
        TrainedModel.await(context);
    }

    String say(String conversationId, String text) throws Exception {
        return mvc.perform(post("/api/v1/assistant/messages").header("Authorization", AssistantApiTests.KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(AssistantApiTests.json(conversationId, text, "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String check(String number, String digits) throws Exception {
        String id = JsonPath.read(say(null, "where is my complaint"), "$.conversationId");
        say(id, number);
        return JsonPath.read(say(id, digits), "$.reply");
    }

    @Test
    void guessesCannotLockTheCustomerOutAndALimitedCheckSaysTryLater() throws Exception {
        String mobile = AssistantApiTests.uniqueMobile();
        String number = JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as("agent.bj"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"complaint","channel":"phone","subject":"转账失败投诉","description":"客户投诉转账失败",
                         "contact":{"name":"钱七","mobile":"%s"}}""".formatted(mobile)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
        String right = mobile.substring(7);
        String wrong = right.equals("0000") ? "1111" : "0000";

        // Successful checks do not count: the customer may look as often as they like.
        for (int i = 0; i < 7; i++) {
            assertThat(check(number, right)).startsWith("Case " + number);
        }
        // Failed ones do: after five, even the right digits are told to try later — not "not found".
        for (int i = 0; i < 5; i++) {
            assertThat(check(number, wrong)).contains("could not find");
        }
        String limited = check(number, right);
        assertThat(limited).contains("try again later").doesNotContain("could not find").doesNotContain(number);
    }
}
