package org.kefu.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.platform.FieldCipher;
import org.kefu.support.Browser;
import org.kefu.support.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A customer in a real Chromium answers the survey of their resolved case: a missing answer is shown beside
 * its question, the answers are sent, the link is then used up. Keyboard only, as on the portal's other tests.
 */
@KefuTest
class SurveyBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    @Test
    void theCustomerAnswersTheSurveyOnce() throws Exception {
        SurveyFixtures fixtures = new SurveyFixtures(mvc, staff, jdbc, cipher);
        String number = fixtures.resolvedCaseWithEmail("agent.bj");
        String token = fixtures.token(number);
        try (Browser browser = new Browser("http://localhost:" + port, "zh-CN,zh")) {
            browser.open("/portal/survey/" + token);
            browser.waitForText(By.tagName("h1"), "服务满意度回访");
            for (int position = 1; position <= 4; position++) {
                browser.find(By.id("q" + position + "-4")).sendKeys(Keys.SPACE);
            }
            browser.find(By.id("survey-submit")).sendKeys(Keys.ENTER);
            browser.waitForText(By.id("q5-error"), "请回答此问题。");
            assertThat(fixtures.responses(number)).isZero();
            browser.screenshot("survey-errors-zh-CN");

            browser.find(By.id("q5-2")).sendKeys(Keys.SPACE);
            browser.find(By.id("q6")).sendKeys("等待时间有点长");
            browser.find(By.id("survey-submit")).sendKeys(Keys.ENTER);
            browser.waitForTextContaining(By.id("survey-thanks"), "感谢您的评价");
            browser.screenshot("survey-thanks-zh-CN");

            browser.open("/portal/survey/" + token);
            browser.waitForText(By.tagName("h1"), "已评价");
        }
        try (Browser supervisor = new Browser("http://localhost:" + port, "zh-CN,zh")) {
            supervisor.open("/login");
            supervisor.find(By.id("username")).sendKeys("supervisor.bj");
            supervisor.find(By.id("password")).sendKeys("kefu-demo-2026!");
            supervisor.click(By.id("signin-submit"));
            supervisor.urlOnceItContains("localhost");
            supervisor.open("/surveys?groupBy=unit").waitForText(By.tagName("h1"), "客户满意度");
            assertThat(supervisor.text(By.id("survey-csat"))).contains("满意度", "目标 90");
            assertThat(supervisor.text(By.id("survey-groups"))).contains("BJ");
            supervisor.screenshot("survey-metrics-zh-CN");
            supervisor.click(By.id("survey-templates-link")).waitForText(By.tagName("h1"), "调查模板");
            supervisor.click(By.linkText("service-satisfaction")).waitForText(By.tagName("h1"), "编辑调查模板");
            assertThat(supervisor.find(By.id("questions4.textZh")).getDomProperty("value")).contains("总体而言");
            assertThat(supervisor.text(By.id("survey-template-form"))).as("readers cannot save")
                    .doesNotContain("保存");
            supervisor.screenshot("survey-template-zh-CN");
        }
        assertThat(fixtures.responses(number)).isEqualTo(1);
        assertThat(jdbc.sql("select text from survey_answer a join survey_question q on q.id = a.question_id"
                + " join survey_response r on r.id = a.response_id join survey_invitation i on i.id = r.invitation_id"
                + " where i.case_number = ? and q.position = 6").param(number).query(String.class).single())
                .isEqualTo("等待时间有点长");
    }
}
