package org.kefu.knowledge.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.knowledge.IntentClassifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The unit meant to take the assistant's cases does not exist: 503, nothing written, the customer may retry. */
@KefuTest
@TestPropertySource(properties = "kefu.assistant.unit=NOWHERE")
class AssistantMisconfiguredTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IntentClassifier classifier;

    private String say(String id, String text) throws Exception {
        return mvc.perform(post("/api/v1/assistant/messages").header("Authorization", AssistantApiTests.KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(AssistantApiTests.json(id, text, "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aLostCardCannotBeFiledAndTheCustomerMayTryAgain() throws Exception {
        TrainedModel.await(context);
        String id = JsonPath.read(say(null, "I lost my card"), "$.conversationId");
        say(id, "1357");
        say(id, AssistantApiTests.uniqueMobile());
        long cases = jdbc.sql("select count(*) from service_case").query(Long.class).single();
        long messages = jdbc.sql("select count(*) from knowledge_assistant_message").query(Long.class).single();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/assistant/messages").header("Authorization", AssistantApiTests.KEY)
                            .contentType(MediaType.APPLICATION_JSON).content(AssistantApiTests.json(id, "yes", null)))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(503));
        }
        assertThat(jdbc.sql("select count(*) from service_case").query(Long.class).single()).isEqualTo(cases);
        assertThat(jdbc.sql("select count(*) from knowledge_assistant_message").query(Long.class).single())
                .isEqualTo(messages);
    }
}
