package org.kefu.knowledge.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.kefu.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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

    private MvcResult portal(WebSession visitor, String conversationId, String text) throws Exception {
        return visitor.perform(post("/portal/assistant/messages").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(AssistantApiTests.json(conversationId, text, "zh")));
    }

    /** Lost card reported through the widget; returns the last reply's JSON. */
    private String reportLostCard(WebSession visitor, String lastFour, String mobile) throws Exception {
        String id = JsonPath.read(portal(visitor, null, "我的银行卡丢了").getResponse().getContentAsString(),
                "$.conversationId");
        portal(visitor, id, lastFour);
        portal(visitor, id, mobile);
        MvcResult done = portal(visitor, id, "是");
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        return done.getResponse().getContentAsString();
    }

    private long chatCases() {
        return jdbc.sql("select count(*) from service_case where channel = 'online_chat'").query(Long.class).single();
    }

    @Test
    void oneAddressCannotFloodTheBankWithCasesAndARepeatIsTheSameCase() throws Exception {
        WebSession visitor = new WebSession(mvc, "10.66." + ThreadLocalRandom.current().nextInt(1, 250) + "."
                + ThreadLocalRandom.current().nextInt(1, 250));
        String mobile = AssistantApiTests.uniqueMobile();
        long before = chatCases();
        String first = JsonPath.read(reportLostCard(visitor, "4321", mobile), "$.caseNumber");
        // The same card and mobile again (a retry, a second tab): the case already open, nothing new.
        String again = reportLostCard(visitor, "4321", mobile);
        assertThat((String) JsonPath.read(again, "$.caseNumber")).isEqualTo(first);
        assertThat(chatCases()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select description from service_case where number = ?").param(first)
                .query(String.class).single()).contains("身份未经核实");

        // Ten cases an hour per address (the first counted), then no more: no case, no SMS, words not a 500.
        for (int i = 1; i < 10; i++) {
            assertThat((String) JsonPath.read(reportLostCard(visitor, "4321", AssistantApiTests.uniqueMobile()),
                    "$.caseNumber")).isNotNull();
        }
        long full = chatCases();
        String refused = reportLostCard(visitor, "4321", AssistantApiTests.uniqueMobile());
        assertThat((Object) JsonPath.read(refused, "$.caseNumber")).isNull();
        assertThat((String) JsonPath.read(refused, "$.reply")).contains("热线");
        assertThat(chatCases()).isEqualTo(full);
        // Another address is not held back.
        WebSession other = new WebSession(mvc, "10.67.1." + ThreadLocalRandom.current().nextInt(1, 250));
        assertThat((String) JsonPath.read(reportLostCard(other, "8765", AssistantApiTests.uniqueMobile()),
                "$.caseNumber")).isNotNull();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void startingAConversationDoesNotWaitForAnotherThatIsClearingIdleSlots() throws Exception {
        String idle = JsonPath.read(say(null, "I lost my card"), "$.conversationId");
        say(idle, "2468");
        jdbc.sql("update knowledge_assistant_conversation set last_at = last_at - interval '31 minutes'"
                + " where id = ?::uuid").param(idle).update();
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // Another start's transaction holds the idle row (as its clean-up does until it commits).
            java.util.concurrent.Future<?> holder = pool.submit(() -> new org.springframework.transaction.support
                    .TransactionTemplate(transactions).executeWithoutResult(tx -> {
                        jdbc.sql("select id from knowledge_assistant_conversation where id = ?::uuid for update")
                                .param(idle).query(String.class).single();
                        locked.countDown();
                        try {
                            release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            assertThat(locked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            java.util.concurrent.Future<String> start = pool.submit(() -> say(null, "hello"));
            assertThat((String) JsonPath.read(start.get(5, java.util.concurrent.TimeUnit.SECONDS),
                    "$.conversationId")).isNotBlank();
            release.countDown();
            holder.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        // Once nobody holds it, the next start clears the abandoned flow's digits.
        say(null, "hello");
        assertThat(jdbc.sql("select slots_enc is null from knowledge_assistant_conversation where id = ?::uuid")
                .param(idle).query(Boolean.class).single()).isTrue();
    }
}
