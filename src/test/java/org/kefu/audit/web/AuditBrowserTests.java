package org.kefu.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Browser;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The auditor's day in a real browser: sign in, find sign-ins in the trail, verify the chain. */
@KefuTest
class AuditBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAuditorFindsTheirOwnSignInAndVerifiesTheChain() {
        try (Browser browser = new Browser("http://localhost:" + port, "zh-CN,zh")) {
            browser.open("/audit");
            browser.urlOnceItContains("/login");
            browser.find(By.id("username")).sendKeys("auditor.hq");
            browser.find(By.id("password")).sendKeys("kefu-demo-2026!");
            browser.click(By.id("signin-submit"));
            browser.urlOnceItContains("/audit");

            browser.find(By.id("action")).sendKeys("identity.sign-in.*");
            browser.find(By.id("actor")).sendKeys("auditor.hq");
            browser.click(By.cssSelector("#filter button[type=submit]"));
            browser.urlOnceItContains("action=");
            String firstRow = browser.text(By.cssSelector("#entries tbody tr"));
            assertThat(firstRow).contains("auditor.hq", "identity.sign-in.succeeded");
            browser.screenshot("audit-trail-zh-CN");

            browser.click(By.id("verify"));
            browser.urlOnceItContains("/audit");
            assertThat(browser.text(By.id("flash"))).startsWith("审计哈希链完整");
        }
    }
}
