package org.kefu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Browser;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Chromium: an agent types a customer's words and the results follow the typing; the answer opens. */
@KefuTest
class KnowledgeSearchBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theAgentFindsTheLostCardAnswerWhileTyping() {
        try (Browser agent = new Browser("http://localhost:" + port, "zh-CN,zh")) {
            agent.open("/login");
            agent.find(By.id("username")).sendKeys("agent.bj");
            agent.find(By.id("password")).sendKeys("kefu-demo-2026!");
            agent.click(By.id("signin-submit"));
            agent.urlOnceItContains("localhost");
            agent.open("/knowledge");
            agent.type(By.id("q"), "信用卡丢了");
            agent.waitForTextContaining(By.cssSelector("#hits > li:first-child h2"), "挂失");
            assertThat(agent.attribute(By.cssSelector("#hits > li:first-child"), "data-slug")).isEqualTo("card-lost-zh");
            assertThat(agent.find(By.cssSelector("#hits > li:first-child mark")).getText()).isNotBlank();
            assertThat(agent.urlOnceItContains("q=")).contains("/knowledge?");
            agent.screenshot("knowledge-search-zh");
            agent.click(By.cssSelector("#hits > li:first-child h2 a"));
            agent.waitForTextContaining(By.cssSelector("#article h1"), "挂失");
            assertThat(agent.find(By.cssSelector("#article strong")).getText()).isEqualTo("立即挂失");
            agent.screenshot("knowledge-article-zh");
        }
    }
}
