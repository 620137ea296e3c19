package org.kefu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Browser;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The home page in a real Chromium: Chinese for a Chinese browser, and the switch both ways. */
@KefuTest
class HomePageBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void switchesLanguageBothWaysAndRemembersIt() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port, "zh-CN,zh")) {
            browser.open("/");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("欢迎使用客服平台");
            assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("zh-CN");
            assertThat(browser.text(By.id("nav-home"))).isEqualTo("首页");
            Path chinese = browser.screenshot("home-zh-CN");

            browser.click(By.id("lang-en")).waitForText(By.tagName("h1"), "Welcome to Kefu");
            assertThat(browser.text(By.id("nav-home"))).isEqualTo("Home");
            assertThat(browser.text(By.cssSelector("#tile-api h3"))).isEqualTo("API documentation");
            assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("en");
            Path english = browser.screenshot("home-en");

            // The choice sticks (cookie) on the next visit without the parameter.
            browser.open("/");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Welcome to Kefu");

            browser.click(By.id("lang-zh")).waitForText(By.tagName("h1"), "欢迎使用客服平台");
            assertThat(browser.text(By.cssSelector("#tile-api h3"))).isEqualTo("接口文档");

            assertThat(Files.size(chinese)).isGreaterThan(10_000);
            assertThat(Files.size(english)).isGreaterThan(10_000);
        }
    }

    @Test
    void errorsArePagesInTheVisitorsLanguageWithoutTechnicalDetail() {
        try (Browser browser = new Browser("http://localhost:" + port, "en-GB,en")) {
            browser.open("/problems/no-such-type");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not found");
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Exception", "at org.");
            browser.screenshot("error-not-found-en");

            browser.open("/admin/crypto");
            assertThat(browser.text(By.tagName("h1"))).as("visitors are sent to sign in").isEqualTo("Sign in");
            assertThat(browser.urlOnceItContains("/login")).endsWith("/login");
        }
    }
}
