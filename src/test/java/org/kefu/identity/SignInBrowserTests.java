package org.kefu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Browser;
import org.kefu.support.TotpCodes;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in as people do: in a real Chromium, with the demo accounts. */
@KefuTest
class SignInBrowserTests {

    static final String PASSWORD = "kefu-demo-2026!";
    static final String ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXP";

    @LocalServerPort
    int port;
    @Autowired
    TotpCodes totpCodes;

    @Test
    void administratorSignsInWithPasswordAndTotpAndOpensTheUserAdministration() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port, "en-GB,en")) {
            browser.open("/admin/users");
            assertThat(browser.urlOnceItContains("/login")).endsWith("/login");
            signIn(browser, "admin");
            assertThat(browser.urlOnceItContains("/login/totp")).endsWith("/login/totp");
            browser.screenshot("signin-totp-en");

            browser.find(By.id("code")).sendKeys(totpCodes.next("admin", ADMIN_TOTP_SECRET));
            browser.click(By.id("code-submit"));

            browser.waitForText(By.tagName("h1"), "Users");
            assertThat(browser.urlOnceItContains("/admin/users")).as("back where the admin wanted to go")
                    .contains("/admin/users");
            assertThat(browser.text(By.id("user-agent.bj"))).contains("agent.bj", "BJ", "agent");
            assertThat(browser.text(By.id("nav-account"))).isEqualTo("admin");
            browser.screenshot("admin-users-en");
        }
    }

    @Test
    void agentIsRefusedTheAdministrationPagesWithAPageNotAStackTrace() {
        try (Browser browser = new Browser("http://localhost:" + port, "zh-CN,zh")) {
            browser.open("/login");
            signIn(browser, "agent.bj");
            browser.waitForText(By.tagName("h1"), "欢迎使用客服平台");
            assertThat(browser.text(By.id("nav-account"))).isEqualTo("agent.bj");

            browser.open("/admin/users");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("权限不足");
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Exception", "at org.");
            browser.screenshot("agent-forbidden-zh-CN");

            browser.open("/org-units/SH");
            assertThat(browser.text(By.tagName("h1"))).as("another branch does not exist for agent.bj").isEqualTo("未找到");
            browser.open("/org-units/BJ-HD");
            assertThat(browser.text(By.id("unit-name"))).isEqualTo("海淀支行");
        }
    }

    @Test
    void wrongPasswordIsExplainedBesideTheForm() {
        try (Browser browser = new Browser("http://localhost:" + port, "en")) {
            browser.open("/login");
            browser.find(By.id("username")).sendKeys("agent.hd");
            browser.find(By.id("password")).sendKeys("not the password at all");
            browser.click(By.id("signin-submit"));
            browser.waitForText(By.id("signin-error"), "The user name or password is wrong.");
            assertThat(browser.attribute(By.id("password"), "aria-describedby")).isEqualTo("signin-error");
        }
    }

    private static void signIn(Browser browser, String username) {
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(PASSWORD);
        browser.click(By.id("signin-submit"));
    }
}
