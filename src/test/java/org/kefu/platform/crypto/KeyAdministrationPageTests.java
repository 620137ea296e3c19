package org.kefu.platform.crypto;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The key page as a form: errors beside the field, a flash after success, CSRF and permission enforced. */
@KefuTest
class KeyAdministrationPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void showsKeysAndTheForm() throws Exception {
        mvc.perform(get("/admin/crypto").with(KeyAdministrationApiTests.administrator()).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/crypto"))
                .andExpect(content().string(containsString("<code>test-2</code>")))
                .andExpect(content().string(containsString("Start re-encryption")))
                .andExpect(content().string(not(containsString("is-invalid"))));
    }

    @Test
    void blankReasonIsShownBesideTheFieldAndNothingStarts() throws Exception {
        long before = jobs();
        mvc.perform(post("/admin/crypto/re-encryptions").with(KeyAdministrationApiTests.administrator()).with(csrf())
                        .param("reason", "  ").param("batchSize", "0").locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "reason", "batchSize"))
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("id=\"batchSize-error\"")))
                .andExpect(content().string(containsString("class=\"form-control is-invalid\"")));
        org.assertj.core.api.Assertions.assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void afterAFormErrorTheLanguageSwitchLeadsBackToTheFormNotToThePost() throws Exception {
        mvc.perform(post("/admin/crypto/re-encryptions").with(KeyAdministrationApiTests.administrator()).with(csrf())
                        .param("reason", "").param("batchSize", "10")
                        .header("Referer", "http://localhost/admin/crypto"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/crypto?lang=en\"")));
    }

    @Test
    void validFormStartsARunAndSaysSoAfterTheRedirect() throws Exception {
        mvc.perform(post("/admin/crypto/re-encryptions").with(KeyAdministrationApiTests.administrator()).with(csrf())
                        .param("reason", "annual rotation").param("batchSize", "200"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/crypto"))
                .andExpect(flash().attributeExists("flash"));
        org.awaitility.Awaitility.await().until(() -> jdbc.sql(
                "select count(*) from platform_reencryption_job where status = 'RUNNING'").query(Long.class).single() == 0);
    }

    @Test
    void postWithoutCsrfTokenIsRejected() throws Exception {
        long before = jobs();
        mvc.perform(post("/admin/crypto/re-encryptions").with(KeyAdministrationApiTests.administrator())
                        .param("reason", "annual rotation").param("batchSize", "200"))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void staffWithoutThePermissionGetTheForbiddenPage() throws Exception {
        mvc.perform(get("/admin/crypto").with(user("agent.bj").authorities(() -> "cases.read")))
                .andExpect(status().isForbidden());
    }

    private long jobs() {
        return jdbc.sql("select count(*) from platform_reencryption_job").query(Long.class).single();
    }
}
