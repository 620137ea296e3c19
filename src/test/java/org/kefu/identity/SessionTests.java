package org.kefu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions over real HTTP: the cookie, a new id at sign-in, the idle timeout, ending other sessions. */
@KefuTest
class SessionTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** A minimal browser: one cookie jar, no redirects followed so each step can be checked. */
    final class Client {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String page) throws Exception {
            Matcher matcher = CSRF.matcher(get(page).body());
            assertThat(matcher.find()).isTrue();
            return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        }

        HttpResponse<String> signIn(String username) throws Exception {
            return post("/login", "username=" + username + "&password="
                    + URLEncoder.encode(SignInBrowserTests.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf("/login"));
        }

        HttpCookie session() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                    .findFirst().orElseThrow();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void theSessionIdChangesAtSignInAndTheCookieIsHttpOnlyAndLax() throws Exception {
        Client browser = new Client();
        String csrf = browser.csrf("/login");
        String before = browser.session().getValue();
        HttpResponse<String> signedIn = browser.post("/login", "username=agent.bj&password="
                + URLEncoder.encode(SignInBrowserTests.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String setCookie = signedIn.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("SESSION="))
                .findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
        assertThat(browser.session().getValue()).as("fixation: a new session id at sign-in").isNotEqualTo(before);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionIdleForThirtyMinutesIsOver() throws Exception {
        Client browser = new Client();
        browser.signIn("agent.hd");
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        Integer idleSeconds = jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?"
                + " order by last_access_time desc limit 1").param("agent.hd").query(Integer.class).single();
        assertThat(idleSeconds).isEqualTo(30 * 60);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 31 * 60000,"
                + " expiry_time = expiry_time - 31 * 60000 where principal_name = 'agent.hd'").update();
        HttpResponse<String> after = browser.get("/account");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aUserSeesTheirOtherSessionsAndEndsThem() throws Exception {
        Client office = new Client();
        Client home = new Client();
        office.signIn("supervisor.bj");
        home.signIn("supervisor.bj");
        String page = office.get("/account").body();
        Matcher end = Pattern.compile("action=\"/account/sessions/([^/\"]+)/end\"").matcher(page);
        assertThat(end.find()).as("the other session is listed with an end button").isTrue();
        assertThat(end.group(1)).isNotEqualTo(office.session().getValue());

        assertThat(office.post("/account/sessions/" + end.group(1) + "/end", "_csrf=" + office.csrf("/account"))
                .statusCode()).isEqualTo(302);
        assertThat(home.get("/account").statusCode()).as("the ended session must sign in again").isEqualTo(302);
        assertThat(office.get("/account").statusCode()).isEqualTo(200);
    }
}
