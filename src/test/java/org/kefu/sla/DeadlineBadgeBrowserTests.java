package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Browser;
import org.kefu.support.Staff;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** In Chromium: the deadline badges of the console and the case page, counting down in the page's language. */
@KefuTest
class DeadlineBadgeBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;

    @Test
    void theAgentSeesTheDeadlinesCountDown() throws Exception {
        String n = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.CONSULTATION);
        try (Browser agent = new Browser("http://localhost:" + port, "zh-CN,zh")) {
            agent.open("/login");
            agent.find(By.id("username")).sendKeys("agent.bj");
            agent.find(By.id("password")).sendKeys("kefu-demo-2026!");
            agent.click(By.id("signin-submit"));
            agent.urlOnceItContains("localhost");
            agent.open("/cases/" + n).waitForTextContaining(By.id("due-firstResponse"), "分钟");
            assertThat(agent.text(By.id("due-firstResponse"))).startsWith("首次响应").contains("分钟后");
            agent.screenshot("sla-case-deadlines-zh");
            agent.open("/cases?sort=dueAt,asc");
            assertThat(agent.find(By.cssSelector("#case-table .due-badge .due-countdown")).getText()).startsWith("(");
            agent.screenshot("sla-console-due-first-zh");
        }
    }
}
