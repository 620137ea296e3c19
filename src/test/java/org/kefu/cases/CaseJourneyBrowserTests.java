package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Browser;
import org.kefu.support.Mailbox;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;


/**
 * The service flow end to end, in Chromium, as the people who do it: agent.bj takes a complaint at the
 * counter for a demo customer, plans it, replies, proposes the resolution; supervisor.bj reviews and
 * approves it; the agent records the customer's confirmation; the case archives with a summary. The
 * customer's mailbox (a real SMTP server) receives acceptance, the reply and the resolution. Screenshots in target/screenshots.
 */
@KefuTest
@DirtiesContext
class CaseJourneyBrowserTests {

    static final String PASSWORD = "kefu-demo-2026!";
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("kefu.notification.dispatch-interval", () -> "100ms");
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
    void agentTakesAComplaintAtTheCounter_supervisorReviews_caseArchives_customerIsToldByEmail() throws Exception {
        String customer = "C0000000001";
        String email = jdbc.sql("select count(*) from customer where number = ?").param(customer)
                .query(Long.class).single() == 1 ? "customer1@example.com" : null;
        assertThat(email).as("demo customer C0000000001 exists").isNotNull();
        try (Browser agent = new Browser("http://localhost:" + port, "zh-CN,zh")) {
            signIn(agent, "agent.bj");
            agent.open("/cases").waitForText(By.tagName("h1"), "工单");
            agent.press("n");
            agent.waitForText(By.tagName("h1"), "新建工单");
            agent.select(By.id("kind"), "complaint").select(By.id("category"), "fees")
                    .type(By.id("customerNumber"), customer).type(By.id("subject"), "跨行转账手续费多收")
                    .type(By.id("description"), "客户反映本月跨行转账被多收手续费 25 元");
            agent.screenshot("journey-1-counter-form-zh");
            agent.click(By.id("open-case"));
            String number = agent.text(By.id("case-number"));
            assertThat(number).matches("KF-\\d{8}-\\d{6}");
            assertThat(agent.text(By.id("case-owner"))).isEqualTo("agent.bj");
            assertThat(agent.text(By.id("customer-panel"))).contains(customer).doesNotContain(email);

            agent.click(By.cssSelector("#action-plan summary")).type(By.id("plan-planContent"), "核对扣费记录，多收部分原路退还")
                    .type(By.id("plan-planMethod"), "电话回复").click(By.id("do-plan"));
            agent.waitForText(By.id("case-status"), "已制定方案");
            agent.click(By.id("do-start")).waitForText(By.id("case-status"), "处理中");
            agent.click(By.cssSelector("#action-reply summary"))
                    .type(By.id("reply-text"), "您好，已核实多收 25 元，将于 3 个工作日内退还。").click(By.id("do-reply"));
            agent.waitForTextContaining(By.id("timeline"), "将于 3 个工作日内退还");
            agent.screenshot("journey-2-workspace-zh");
            org.kefu.support.ComplaintPrerequisites.codedAndDecided(jdbc, number);
            agent.click(By.cssSelector("#action-resolve summary"))
                    .type(By.id("resolve-resolution"), "已退还多收手续费 25 元").click(By.id("do-resolve"));
            agent.waitForText(By.id("case-status"), "待复核");
            assertThat(agent.text(By.id("case-actions"))).as("the owner cannot approve their own resolution")
                    .doesNotContain("复核通过");

            try (Browser supervisor = new Browser("http://localhost:" + port, "zh-CN,zh")) {
                signIn(supervisor, "supervisor.bj");
                supervisor.open("/cases/" + number).waitForText(By.id("case-status"), "待复核");
                supervisor.click(By.cssSelector("#action-approve summary"))
                        .type(By.id("approve-comment"), "退费依据充分，同意办结").click(By.id("do-approve"));
                supervisor.waitForText(By.id("case-status"), "已解决");
                supervisor.screenshot("journey-3-supervisor-review-zh");
            }

            agent.open("/cases/" + number).waitForText(By.id("case-status"), "已解决");
            agent.click(By.cssSelector("#action-contact summary")).select(By.id("contact-outcome"), "confirmed")
                    .select(By.id("contact-rating"), "5").type(By.id("contact-note"), "客户确认已收到退款")
                    .click(By.id("do-contact"));
            agent.waitForTextContaining(By.id("case-contacts"), "客户确认");
            agent.click(By.id("do-follow_up")).waitForText(By.id("case-status"), "已回访");
            org.kefu.support.ComplaintPrerequisites.rootCauseRecorded(jdbc, number);
            agent.click(By.cssSelector("#action-archive summary"))
                    .type(By.id("archive-summary"), "手续费系统参数错误，已退费并提交整改").click(By.id("do-archive"));
            agent.waitForText(By.id("case-status"), "已归档");
            assertThat(agent.text(By.id("case-summary"))).isEqualTo("手续费系统参数错误，已退费并提交整改");
            agent.screenshot("journey-4-archived-zh");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(Mailbox.messagesTo(SMTP, email)).anyMatch(b -> b.contains(number) && b.contains("受理"))
                            .anyMatch(b -> b.contains(number) && b.contains("将于 3 个工作日内退还"))
                            .anyMatch(b -> b.contains(number) && b.contains("办结")));
        }
    }

    static void signIn(Browser browser, String username) {
        browser.signIn(username, PASSWORD);
    }
}
