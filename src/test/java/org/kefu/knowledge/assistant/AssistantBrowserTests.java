package org.kefu.knowledge.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.knowledge.IntentClassifier;
import org.kefu.knowledge.IntentPrediction;
import org.kefu.knowledge.Language;
import org.kefu.KefuTest;
import org.kefu.support.Browser;
import org.kefu.support.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A customer in a real Chromium uses the portal's assistant in Chinese: reports a lost card (digits, mobile,
 * confirmation) and an agent of the portal's unit finds the P1 request; asks something the assistant does
 * not know and is offered a person; asks an ambiguous question and is asked which one is meant.
 */
@KefuTest
class AssistantBrowserTests {

    @Autowired
    ApplicationContext context;

    private static final Pattern CASE_NUMBER = Pattern.compile("KF-\\d{8}-\\d{6}");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    IntentClassifier classifier;

    @BeforeEach
    void modelTrained() throws InterruptedException {
        TrainedModel.await(context);
    }

    /** Questions that may touch two topics; the test takes the first the model finds ambiguous. */
    static final List<String> AMBIGUOUS = List.of("transfer failed abroad", "my international transfer failed",
            "statement fee", "Is there a fee for paper statements?",
            "Is there a fee to activate my card?",
            "Is there a fee for a transfer?", "my card is blocked", "I forgot my password",
            "How much can I transfer with my card?", "my card payment failed and my transfer failed",
            "limits", "fees for sending money abroad", "card limit or transfer limit?", "password locked",
            "I want to close my account or change my mobile number", "statement fee", "exchange rate fee");

    private static void say(Browser browser, String text) {
        browser.type(By.id("assistant-input"), text);
        browser.find(By.id("assistant-input")).sendKeys(Keys.ENTER);
    }

    private static int replies(Browser browser) {
        return browser.find(By.id("assistant-log")).findElements(By.cssSelector(".assistant-bot")).size();
    }

    /** Says {@code text} and waits for the assistant's next reply to contain {@code expected}; returns the reply. */
    private static String exchange(Browser browser, String text, String expected) {
        int before = replies(browser);
        say(browser, text);
        By next = By.cssSelector("#assistant-log > article.assistant-bot:nth-of-type(" + (before + 1) + ")");
        browser.waitForTextContaining(next, expected);
        return browser.text(next);
    }

    @Test
    void customerReportsALostCardAndAnAgentSeesTheUrgentRequest() throws Exception {
        String mobile = AssistantApiTests.uniqueMobile();
        try (Browser browser = new Browser("http://localhost:" + port, "zh-CN,zh")) {
            browser.open("/portal");
            browser.click(By.id("assistant-toggle"));
            assertThat(browser.attribute(By.id("assistant-toggle"), "aria-expanded")).isEqualTo("true");
            assertThat(browser.attribute(By.id("assistant-log"), "aria-live")).isEqualTo("polite");
            exchange(browser, "我的银行卡丢了，怎么办", "后四位");
            exchange(browser, "12a4", "正好四位数字");
            exchange(browser, "8765", "尾号 8765");
            exchange(browser, mobile, "现在为您冻结尾号 8765 的银行卡吗");
            browser.screenshot("assistant-lost-card-confirm-zh-CN");
            int before = replies(browser);
            browser.click(By.cssSelector("#assistant-log > article.assistant-bot:nth-of-type(" + before
                    + ") .assistant-options button"));
            By done = By.cssSelector("#assistant-log > article.assistant-bot:nth-of-type(" + (before + 1) + ")");
            browser.waitForTextContaining(done, "工单号");
            Matcher m = CASE_NUMBER.matcher(browser.text(done));
            assertThat(m.find()).isTrue();
            String number = m.group();
            browser.screenshot("assistant-lost-card-done-zh-CN");

            String agent = staff.newUser("HQ", "agent", false);
            mvc.perform(get("/api/v1/cases/{n}", number).with(staff.as(agent))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.priority").value("P1"))
                    .andExpect(jsonPath("$.kind").value("service_request"))
                    .andExpect(jsonPath("$.channel").value("online_chat"))
                    .andExpect(jsonPath("$.status").value("accepted"));
        }
    }

    @Test
    void unknownQuestionsOfferAPersonAndAmbiguousOnesAreClarified() {
        String unknown = TrainedModel.first(classifier, Language.EN, IntentPrediction::outOfScope, List.of(
                "What will the weather be like on Mars tomorrow?", "Can you recommend a good pizza place nearby?",
                "Who won the football match last night?"));
        String ambiguous = TrainedModel.first(classifier, Language.EN, p -> !p.outOfScope() && p.ambiguous()
                && p.ranked().stream().limit(2).noneMatch(i -> i.intent().equals(Dialogue.CARD_LOST)
                || i.intent().equals(Dialogue.COMPLAINT_STATUS)), AMBIGUOUS);
        try (Browser browser = new Browser("http://localhost:" + port, "en")) {
            browser.open("/portal/submit");
            browser.click(By.id("assistant-toggle"));
            String offer = exchange(browser, unknown, "staff");
            assertThat(offer).contains("not sure").doesNotContain("Here is what I found");
            int last = replies(browser);
            assertThat(browser.attribute(By.cssSelector("#assistant-log > article.assistant-bot:nth-of-type(" + last + ")"),
                    "data-hand-off")).isEqualTo("true");
            exchange(browser, "no", "Ask me anything else");

            exchange(browser, ambiguous, "Do you mean");
            int asked = replies(browser);
            List<String> options = browser.find(By.id("assistant-log")).findElements(By.cssSelector(
                    "article.assistant-bot:nth-of-type(" + asked + ") .assistant-options button")).stream()
                    .map(org.openqa.selenium.WebElement::getText).toList();
            assertThat(options).hasSize(2);
            browser.screenshot("assistant-clarify-en");
            String answer = exchange(browser, "the first", "Here is what I found");
            assertThat(answer).contains(options.get(0));
            int answered = replies(browser);
            browser.click(By.cssSelector("#assistant-log > article.assistant-bot:nth-of-type(" + answered
                    + ") .assistant-rating button"));
            browser.waitForTextContaining(By.cssSelector("#assistant-log > article.assistant-bot:nth-of-type(" + answered
                    + ") .assistant-thanks"), "Thank you");
            browser.screenshot("assistant-answer-en");
        }
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theWidgetKeepsTalkingAfterThePortalSessionExpired() {
        try (Browser browser = new Browser("http://localhost:" + port, "en")) {
            browser.open("/portal");
            browser.click(By.id("assistant-toggle"));
            exchange(browser, "thanks", "welcome");
            // The session ends on the server (timeout, restart): the page's CSRF token is now stale.
            jdbc.sql("delete from spring_session_attributes").update();
            jdbc.sql("delete from spring_session").update();
            say(browser, "hello");
            browser.waitForTextContaining(By.id("assistant-log"), "What can I help you with");
            assertThat(browser.text(By.id("assistant-log"))).doesNotContain("Sorry, something went wrong");
        }
    }
}
