package org.kefu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.platform.Actor;
import org.kefu.support.Staff;
import org.kefu.support.TotpCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.kefu.support.WebSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import java.util.List;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sign-in rules: lockout, the second factor and its enrolment, CSRF, rate limit per address. */
@KefuTest
class SignInTests {

    static final String PASSWORD = "a long and unusual passphrase 2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TotpCodes totpCodes;
    @Autowired
    org.kefu.identity.signin.Totp totp;
    @Autowired
    Staff staff;

    private String newUser(String role) {
        String name = "t" + System.nanoTime() % 1_000_000_000L;
        users.create(new Users.NewUser(name, "测试用户", "BJ", Set.of(role), PASSWORD), Actor.system());
        return name;
    }

    private MvcResult signIn(String username, String password, WebSession session) throws Exception {
        return session.perform(post("/login").with(csrf()).param("username", username).param("password", password));
    }

    private String redirect(WebSession session, MockHttpServletRequestBuilder request)
            throws Exception {
        return session.perform(request).getResponse().getRedirectedUrl();
    }

    private int status(WebSession session, MockHttpServletRequestBuilder request)
            throws Exception {
        return session.perform(request).getResponse().getStatus();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String name = newUser("agent");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn(name, "wrong password " + attempt, new WebSession(mvc, "10.1.0.1"))
                    .getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad");
        }
        assertThat(signIn(name, "wrong password 5", new WebSession(mvc, "10.1.0.1")).getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error=locked");
        assertThat(signIn(name, PASSWORD, new WebSession(mvc, "10.1.0.1")).getResponse().getRedirectedUrl())
                .as("the right password does not open a locked account").isEqualTo("/login?error=locked");
        Long minutesLocked = jdbc.sql("select round(extract(epoch from locked_until - now()) / 60) from app_user"
                + " where username = ?").param(name).query(Long.class).single();
        assertThat(minutesLocked).isBetween(14L, 15L);

        jdbc.sql("update app_user set locked_until = now() - interval '1 second' where username = ?").param(name).update();
        assertThat(signIn(name, PASSWORD, new WebSession(mvc, "10.1.0.1")).getResponse().getRedirectedUrl())
                .as("after the lock expires").isEqualTo("/");
    }

    @Test
    void enrolledUsersMustGiveTheirCodeBeforeAnythingOpens() throws Exception {
        WebSession session = new WebSession(mvc, "10.1.0.7");
        assertThat(signIn("admin", SignInBrowserTests.PASSWORD, session).getResponse().getRedirectedUrl())
                .isEqualTo("/login/totp");
        assertThat(redirect(session, get("/admin/users"))).isEqualTo("/login/totp");
        assertThat(status(session, get("/api/v1/users"))).isEqualTo(401);

        assertThat(redirect(session, post("/login/totp").with(csrf()).param("code", "000000"))).isEqualTo("/login/totp?error");
        assertThat(redirect(session, post("/login/totp").with(csrf())
                .param("code", totpCodes.next("admin", SignInBrowserTests.ADMIN_TOTP_SECRET)))).isEqualTo("/");
        assertThat(status(session, get("/admin/users"))).isEqualTo(200);
    }

    @Test
    void aUsedCodeCannotBeReplayed() throws Exception {
        String admin = staff.newUser("HQ", "administrator", true);
        String code = totpCodes.next(admin, Staff.TOTP_SECRET);
        WebSession first = new WebSession(mvc, "10.1.0.7");
        signIn(admin, Staff.PASSWORD, first);
        assertThat(redirect(first, post("/login/totp").with(csrf()).param("code", code))).isEqualTo("/");
        WebSession second = new WebSession(mvc, "10.1.0.7");
        signIn(admin, Staff.PASSWORD, second);
        assertThat(redirect(second, post("/login/totp").with(csrf()).param("code", code))).isEqualTo("/login/totp?error");
    }

    @Test
    void administratorsWithoutASecondFactorMustEnrolAndGetRecoveryCodes() throws Exception {
        String name = newUser("administrator");
        WebSession session = new WebSession(mvc, "10.1.0.7");
        assertThat(signIn(name, PASSWORD, session).getResponse().getRedirectedUrl())
                .isEqualTo("/login/totp/enrol");
        assertThat(redirect(session, get("/admin/users"))).isEqualTo("/login/totp");
        var form = session.perform(get("/login/totp/enrol"));
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.getResponse().getContentAsString()).contains("data:image/png;base64,");
        String secret = ((String) form.getModelAndView().getModel().get("secret")).replace(" ", "");
        assertThat(jdbc.sql("select count(*) from spring_session_attributes where position(convert_to(?, 'UTF8')"
                + " in attribute_bytes) > 0").param(secret).query(Long.class).single())
                .as("the secret awaiting confirmation is not in the session store in plain text").isZero();

        assertThat(session.perform(post("/login/totp/enrol").with(csrf()).param("code", "123456"))
                .getModelAndView().getModel()).containsEntry("codeError", true);
        var codes = session.perform(post("/login/totp/enrol").with(csrf())
                .param("code", totp.codeAt(secret, System.currentTimeMillis() / 30_000)));
        assertThat(codes.getResponse().getStatus()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<String> recovery = (List<String>) codes.getModelAndView().getModel().get("recoveryCodes");
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(redirect(session, post("/login/totp/continue").with(csrf()))).isEqualTo("/");
        assertThat(status(session, get("/admin/users"))).isEqualTo(200);

        // Phone lost: a recovery code works once, then never again.
        WebSession later = new WebSession(mvc, "10.1.0.7");
        signIn(name, PASSWORD, later);
        assertThat(redirect(later, post("/login/totp").with(csrf()).param("code", recovery.get(3)))).isEqualTo("/");
        WebSession again = new WebSession(mvc, "10.1.0.7");
        signIn(name, PASSWORD, again);
        assertThat(redirect(again, post("/login/totp").with(csrf()).param("code", recovery.get(3)))).isEqualTo("/login/totp?error");
        assertThat(jdbc.sql("select totp_secret from app_user where username = ?").param(name)
                .query(String.class).single()).as("stored encrypted").startsWith("v1:").doesNotContain(secret);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRejected() throws Exception {
        assertThat(status(new WebSession(mvc, "10.1.0.6"), post("/login").param("username", "agent.bj")
                .param("password", SignInBrowserTests.PASSWORD))).isEqualTo(403);
        WebSession session = new WebSession(mvc, "10.1.0.7");
        signIn("agent.bj", SignInBrowserTests.PASSWORD, session);
        assertThat(status(session, post("/account/tokens").param("name", "no-token"))).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from api_client where name like 'agent.bj-no-token%'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void signInsFromOneAddressAreRateLimitedWith429() throws Exception {
        int allowed = 0;
        MvcResult last = null;
        for (int i = 0; i < 40; i++) {
            last = signIn("nobody-here", "whatever it is", new WebSession(mvc, "10.1.0.99"));
            if (last.getResponse().getStatus() == 429) {
                break;
            }
            allowed++;
        }
        assertThat(last.getResponse().getStatus()).isEqualTo(429);
        assertThat(allowed).isEqualTo(30);
        assertThat(last.getResponse().getHeader("Retry-After")).matches("\\d+");
        assertThat(signIn("nobody-here", "whatever it is", new WebSession(mvc, "10.1.0.98")).getResponse()
                .getStatus()).as("another address is not affected").isEqualTo(302);
    }
}
