package org.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Browser;
import org.kefu.support.Mailbox;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;


/**
 * The complaint journey of issue 7 end to end, in Chromium, as the people who do it: a customer complains on
 * the portal (Beijing branch) with an e-mail address; agent.bj takes it, codes it per the coding lists, records
 * the decision and resolves it; supervisor.bj reviews (复核) and approves; the decision letter is a PDF whose
 * text names the case, the outcome and the customer's further options; the survey invitation arrives by
 * e-mail (a real SMTP server); the customer answers it with a low score; a follow-up case, linked to the
 * complaint, is in supervisor.bj's hands (agent.bj reports to them). Screenshots in target/screenshots.
 */
@KefuTest
@DirtiesContext
class ComplaintJourneyBrowserTests {

    static final String PASSWORD = "kefu-demo-2026!";
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final Pattern SURVEY_LINK = Pattern.compile("/portal/survey/[A-Za-z0-9_-]{20,}");

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("kefu.notification.dispatch-interval", () -> "100ms");
        registry.add("kefu.portal.unit", () -> "BJ");
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void portalComplaint_coded_decided_reviewed_letter_survey_lowScore_followUpForTheSupervisor() throws Exception {
        String email = "complainant" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
        String base = "http://localhost:" + port;
        String number;
        try (Browser customer = new Browser(base, "zh-CN,zh")) {
            customer.open("/portal/submit").waitForText(By.tagName("h1"), "提交咨询、服务请求或投诉");
            customer.find(By.id("kind3")).sendKeys(Keys.SPACE);
            customer.find(By.id("subject")).sendKeys("信用卡年费被错误扣收");
            customer.find(By.id("description")).sendKeys("我的信用卡已申请免年费，但本月仍被扣收年费300元，要求退还。");
            customer.find(By.id("name")).sendKeys("周九");
            customer.find(By.id("mobile")).sendKeys("139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000)));
            customer.find(By.id("email")).sendKeys(email);
            customer.find(By.id("consent1")).sendKeys(Keys.SPACE);
            customer.find(By.id("submit-case-submit")).sendKeys(Keys.ENTER);
            customer.waitForText(By.tagName("h1"), "我们已收到您的诉求");
            number = customer.text(By.id("case-number"));
        }
        assertThat(jdbc.sql("select channel_code from complaint_record where case_number = ?").param(number)
                .query(String.class).optional()).as("the complaint record exists from intake on").isPresent();

        try (Browser agent = new Browser(base, "zh-CN,zh")) {
            signIn(agent, "agent.bj");
            agent.open("/cases/" + number).waitForTextContaining(By.id("case-status"), "已受理");
            takeOrGetAssigned(agent, number);

            agent.waitForTextContaining(By.id("complaint-panel"), "编码");
            agent.select(By.id("complaint-businessCode"), "K-BT-02").select(By.id("complaint-causeCode"), "K-CA-01")
                    .type(By.id("complaint-amountInDispute"), "300").type(By.id("complaint-demand"), "退还年费 300 元");
            agent.click(By.id("complaint-coding-save"));
            agent.waitForTextContaining(By.id("complaint-coded"), "agent.bj");
            agent.select(By.id("complaint-outcome"), "upheld")
                    .type(By.id("complaint-remedy"), "免年费申请已生效，系统未同步；退还年费 300 元并致歉。")
                    .type(By.id("complaint-compensation"), "300");
            agent.click(By.id("complaint-decision-save"));
            agent.waitForTextContaining(By.id("complaint-decision"), "300");
            agent.screenshot("complaint-1-coded-and-decided-zh");

            agent.click(By.cssSelector("#action-plan summary")).type(By.id("plan-planContent"), "核对免年费申请，退还年费")
                    .type(By.id("plan-planMethod"), "电话及书面答复").click(By.id("do-plan"));
            agent.waitForText(By.id("case-status"), "已制定方案");
            agent.click(By.id("do-start")).waitForText(By.id("case-status"), "处理中");
            agent.click(By.cssSelector("#action-resolve summary"))
                    .type(By.id("resolve-resolution"), "已退还年费 300 元").click(By.id("do-resolve"));
            agent.waitForText(By.id("case-status"), "待复核");
        }

        try (Browser supervisor = new Browser(base, "zh-CN,zh")) {
            signIn(supervisor, "supervisor.bj");
            supervisor.open("/cases/" + number).waitForText(By.id("case-status"), "待复核");
            supervisor.click(By.cssSelector("#action-approve summary"))
                    .type(By.id("approve-comment"), "处理依据充分，同意答复客户").click(By.id("do-approve"));
            supervisor.waitForText(By.id("case-status"), "已解决");

            // The decision letter is issued after the resolution commits: reload until it is listed.
            String href = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                supervisor.open("/cases/" + number);
                return decisionLetterLink(supervisor);
            }, Optional::isPresent).orElseThrow();
            supervisor.screenshot("complaint-2-reviewed-with-letters-zh");
            Browser.Download pdf = supervisor.download(href);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            String text;
            try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
                text = new PDFTextStripper().getText(document);
            }
            assertThat(text).contains(number, "周九", "300", "仲裁", "诉讼", "30");
        }

        String surveyPath = await().atMost(Duration.ofSeconds(30)).until(() -> surveyLinkTo(email), Optional::isPresent)
                .orElseThrow();
        try (Browser customer = new Browser(base, "zh-CN,zh")) {
            customer.open(surveyPath);
            customer.find(By.id("survey-form"));
            for (int position = 1; position <= 5; position++) {
                customer.find(By.id("q" + position + "-" + (position == 5 ? 1 : 2))).sendKeys(Keys.SPACE);
            }
            customer.find(By.id("q6")).sendKeys("年费问题拖了很久才解决。");
            customer.screenshot("complaint-3-survey-low-score-zh");
            customer.find(By.id("survey-submit")).sendKeys(Keys.ENTER);
            customer.find(By.id("survey-thanks"));
            customer.open(surveyPath);
            customer.find(By.id("survey-gone"));
        }

        String followUp = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select f.number from service_case o join case_link l on o.id in (l.case_id, l.other_id)
                join service_case f on f.id in (l.case_id, l.other_id) and f.id <> o.id
                where o.number = ? and f.owner = 'supervisor.bj'""").param(number).query(String.class).optional(), Optional::isPresent)
                .orElseThrow();
        try (Browser supervisor = new Browser(base, "zh-CN,zh")) {
            signIn(supervisor, "supervisor.bj");
            supervisor.open("/cases/" + followUp).waitForText(By.id("case-owner"), "supervisor.bj");
            assertThat(supervisor.text(By.id("case-links"))).contains(number);
            supervisor.screenshot("complaint-4-follow-up-for-supervisor-zh");

            // The supervisor's pages for complaints are under one menu, and the bar stays one line high.
            assertThat(supervisor.find(By.cssSelector("nav.navbar")).getSize().getHeight()).isLessThan(80);
            supervisor.click(By.id("nav-menu-quality")).click(By.id("nav-complaint-statistics"));
            assertThat(supervisor.urlOnceItContains("/complaints/statistics")).contains("/complaints/statistics");
            supervisor.screenshot("complaint-5-statistics-zh");
        }
    }

    /** The owner is agent.bj: taken from the branch queue, or reassigned by the supervisor if routed elsewhere. */
    private void takeOrGetAssigned(Browser agent, String number) {
        String owner = jdbc.sql("select owner from service_case where number = ?").param(number)
                .query(String.class).optional().orElse(null);
        if (owner == null) {
            agent.click(By.id("do-take"));
        } else if (!owner.equals("agent.bj")) {
            try (Browser supervisor = new Browser("http://localhost:" + port, "zh-CN,zh")) {
                signIn(supervisor, "supervisor.bj");
                supervisor.open("/cases/" + number).click(By.cssSelector("#action-reassign summary"))
                        .type(By.id("reassign-toUser"), "agent.bj").type(By.id("reassign-reason"), "投诉由客服受理")
                        .click(By.id("do-reassign"));
                supervisor.waitForText(By.id("case-owner"), "agent.bj");
            }
            agent.open("/cases/" + number);
        }
        agent.waitForText(By.id("case-owner"), "agent.bj");
    }

    private static Optional<String> decisionLetterLink(Browser browser) {
        try {
            browser.waitForTextContaining(By.id("complaint-letters"), "");
            return browser.find(By.id("complaint-letters")).findElements(By.cssSelector("a[id^='letter-decision-']"))
                    .stream().map(a -> a.getDomAttribute("href")).findFirst();
        } catch (RuntimeException notYet) {
            return Optional.empty();
        }
    }

    private static Optional<String> surveyLinkTo(String address) {
        return Mailbox.messagesTo(SMTP, address).stream().map(SURVEY_LINK::matcher).filter(Matcher::find)
                .map(Matcher::group).findFirst();
    }

    static void signIn(Browser browser, String username) {
        browser.signIn(username, PASSWORD);
    }
}
