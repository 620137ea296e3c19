package org.kefu.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.WebSession;
import org.kefu.audit.AuditPermissions;
import org.kefu.audit.AuditTrail;
import org.kefu.platform.Flash;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** The audit page: entries of the filter, errors beside the field, the verify button, paging. */
@KefuTest
class AuditPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;

    private AuditFixture fixture;

    @BeforeEach
    void writeEntries() {
        fixture = new AuditFixture(trail);
    }

    @Test
    void showsTheEntriesOfTheFilterNewestFirst() throws Exception {
        String page = mvc.perform(get("/audit").param("entityType", fixture.entityType)
                        .with(AuditFixture.headOfficeAuditor()).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(view().name("audit/entries"))
                .andExpect(content().string(not(containsString("is-invalid"))))
                .andExpect(content().string(not(containsString("id=\"verify\""))))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<code>case.closed</code>", "li.na", "BJ01", "客户已确认，无异议", "{&quot;count&quot;:1}")
                .contains("href=\"/audit/export.csv?entityType=" + fixture.entityType + "\"");
        assertThat(page.indexOf("id=\"entry-" + fixture.system + "\""))
                .isLessThan(page.indexOf("id=\"entry-" + fixture.shanghai + "\""))
                .isLessThan(page.indexOf("id=\"entry-" + fixture.beijing + "\""))
                .isPositive();
    }

    @Test
    void aTimeThatCannotBeReadIsExplainedBesideItsFieldInTheReadersLanguage() throws Exception {
        mvc.perform(get("/audit").param("from", "昨天").param("actor", "li.na").with(AuditFixture.headOfficeAuditor())
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("filter", "from"))
                .andExpect(content().string(containsString("id=\"from-error\"")))
                .andExpect(content().string(containsString("不是有效的日期或时间")))
                .andExpect(content().string(containsString("value=\"昨天\"")))
                .andExpect(content().string(containsString("class=\"form-control is-invalid\"")))
                .andExpect(content().string(containsString("id=\"no-entries\"")));
        mvc.perform(get("/audit").param("from", "2026-12-01").param("to", "2026-11-01")
                        .with(AuditFixture.headOfficeAuditor()).locale(Locale.ENGLISH))
                .andExpect(model().attributeHasFieldErrors("filter", "to"))
                .andExpect(content().string(containsString("must not be earlier than From")));
    }

    @Test
    void pagesThroughLongListsKeepingTheFilter() throws Exception {
        mvc.perform(get("/audit").param("entityType", fixture.entityType).param("size", "2")
                        .with(AuditFixture.headOfficeAuditor()).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Page 1 of 2 (3 entries)")))
                .andExpect(content().string(containsString(
                        "href=\"/audit?entityType=" + fixture.entityType + "&amp;page=1\"")));
        mvc.perform(get("/audit").param("entityType", fixture.entityType).param("size", "2").param("page", "1")
                        .with(AuditFixture.headOfficeAuditor()))
                .andExpect(content().string(containsString("id=\"entry-" + fixture.beijing + "\"")))
                .andExpect(content().string(not(containsString("id=\"entry-" + fixture.system + "\""))));
        mvc.perform(get("/audit").param("size", "500").with(AuditFixture.headOfficeAuditor()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void verifyingFromThePageSaysTheResultAfterTheRedirect() throws Exception {
        var verifier = AuditFixture.headOfficeAuditor(AuditPermissions.VERIFY);
        mvc.perform(get("/audit").with(verifier)).andExpect(content().string(containsString("id=\"verify\"")));
        // The flash travels in the (database-backed) session, as in a browser: keep its cookie.
        WebSession browser = new WebSession(mvc, "127.0.0.1");
        var posted = browser.perform(post("/audit/verify").with(verifier).with(csrf()));
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/audit");
        Flash result = (Flash) posted.getFlashMap().get("flash");
        assertThat(result.messageKey()).isEqualTo("audit.verify.intact");

        String page = browser.perform(get("/audit").with(verifier).locale(Locale.ENGLISH)).getResponse()
                .getContentAsString();
        assertThat(page).matches(java.util.regex.Pattern.compile(
                ".*The audit chain is intact: \\d[\\d,]* entries verified, \\d[\\d,]* not yet chained\\..*",
                java.util.regex.Pattern.DOTALL));
    }

    @Test
    void verifyingNeedsTheVerifyPermissionAndACsrfToken() throws Exception {
        mvc.perform(post("/audit/verify").with(AuditFixture.headOfficeAuditor()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/audit/verify").with(AuditFixture.headOfficeAuditor(AuditPermissions.VERIFY)))
                .andExpect(status().isForbidden());
    }

    @Test
    void readingNeedsThePermissionAndOnlyReadersAreShownTheWayIn() throws Exception {
        mvc.perform(get("/audit").with(user("agent").authorities(new SimpleGrantedAuthority("cases.read"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").with(AuditFixture.branchAuditor()))
                .andExpect(content().string(containsString("id=\"nav-audit\"")))
                .andExpect(content().string(containsString("id=\"tile-audit\"")));
        mvc.perform(get("/").with(user("agent").authorities(new SimpleGrantedAuthority("cases.read"))))
                .andExpect(content().string(not(containsString("nav-audit"))))
                .andExpect(content().string(not(containsString("tile-audit"))));
    }
}
