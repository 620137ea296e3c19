package org.kefu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.platform.FieldCipher;
import org.kefu.support.Staff;
import org.kefu.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A customer in a real Chromium, in Chinese: complains, gets a code, follows the case, adds information. Controls low on
 * the long form are used with the keyboard (Enter, Space), as a customer may, so that no click lands on
 * a position the page has not scrolled to yet.
 */
@KefuTest
class PortalBrowserTests {

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
    void customerComplainsFollowsTheCaseWithACodeAndAddsInformation() {
        PortalFixtures fixtures = new PortalFixtures(mvc, staff, jdbc, cipher);
        try (Browser browser = new Browser("http://localhost:" + port, "zh-CN,zh")) {
            browser.open("/portal");
            browser.waitForText(By.tagName("h1"), "请问有什么可以帮您？");
            browser.screenshot("portal-home-zh-CN");
            browser.click(By.id("start-submit"));
            browser.waitForText(By.tagName("h1"), "提交咨询、服务请求或投诉");

            browser.find(By.id("submit-case-submit")).sendKeys(Keys.ENTER);
            browser.waitForText(By.id("subject-error"), "请填写此项。");
            assertThat(browser.text(By.id("consent-error"))).contains("同意");
            assertThat(browser.attribute(By.id("subject"), "aria-describedby")).contains("subject-error");
            browser.screenshot("portal-submit-errors-zh-CN");

            browser.find(By.id("kind3")).sendKeys(Keys.SPACE);
            browser.find(By.id("subject")).sendKeys("信用卡年费被错误扣收");
            browser.find(By.id("description")).sendKeys("我的信用卡已申请免年费，但本月仍被扣收年费300元。");
            browser.find(By.id("name")).sendKeys("周九");
            browser.find(By.id("mobile")).sendKeys(PortalFixtures.uniqueMobile());
            browser.find(By.id("consent1")).sendKeys(Keys.SPACE);
            browser.find(By.id("submit-case-submit")).sendKeys(Keys.ENTER);

            browser.waitForText(By.tagName("h1"), "我们已收到您的诉求");
            String number = browser.text(By.id("case-number"));
            assertThat(number).matches("KF-\\d{8}-\\d{6}");
            browser.screenshot("portal-submitted-zh-CN");

            browser.click(By.id("request-code-submit"));
            assertThat(browser.urlOnceItContains("/portal/verify")).contains("case=" + number);
            assertThat(browser.text(By.id("flash"))).contains("如该工单存在");
            assertThat(browser.find(By.id("caseNumber")).getDomProperty("value")).isEqualTo(number);
            browser.find(By.id("code")).sendKeys(fixtures.lastCode(number));
            browser.screenshot("portal-verify-zh-CN");
            browser.click(By.id("verify-submit"));

            assertThat(browser.urlOnceItContains("/portal/cases/")).endsWith("/portal/cases/" + number);
            assertThat(browser.text(By.id("case-status"))).contains("已受理");
            assertThat(browser.text(By.id("case-kind"))).isEqualTo("投诉");
            assertThat(browser.text(By.id("no-messages"))).contains("暂无回复");

            browser.find(By.id("text")).sendKeys("补充：扣款日期为11月20日，附短信截图已发邮箱。");
            browser.find(By.id("add-information-submit")).sendKeys(Keys.ENTER);
            assertThat(browser.text(By.id("messages"))).contains("您的留言", "扣款日期为11月20日");
            assertThat(browser.text(By.id("flash"))).contains("谢谢，您补充的信息已加入工单。");
            browser.screenshot("portal-case-zh-CN");

            browser.click(By.id("lang-en"));
            browser.waitForText(By.tagName("h1"), "Your case " + number);
            browser.screenshot("portal-case-en");

            browser.click(By.id("portal-logout"));
            browser.waitForText(By.tagName("h1"), "How can we help you?");
            browser.open("/portal/cases/" + number);
            assertThat(browser.urlOnceItContains("/portal/verify")).contains("case=" + number);
        }
    }
}
