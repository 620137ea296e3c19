package org.kefu.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.audit.AuditEntry;
import org.kefu.audit.AuditPermissions;
import org.kefu.audit.AuditTrail;
import org.kefu.platform.DataScope;
import org.kefu.shared.PageQuery;
import org.kefu.shared.SortOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Reading the trail through the API: filters, paging, data scope, permissions, errors naming the field. */
@KefuTest
class AuditApiTests {

    private static final String ENTRIES = "/api/v1/audit/entries";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditEntries entries;
    @Autowired
    JdbcClient jdbc;

    private AuditFixture fixture;

    @BeforeEach
    void writeEntries() {
        fixture = new AuditFixture(trail);
    }

    private MockHttpServletRequestBuilder list() {
        return get(ENTRIES).param("entityType", fixture.entityType).header("Accept-Language", "en");
    }

    @Test
    void listsEntriesNewestFirstInTheCommonPagingShape() throws Exception {
        mvc.perform(list().with(AuditFixture.headOfficeAuditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.sort[0]").value("occurredAt,desc"))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) fixture.system, (int) fixture.shanghai,
                        (int) fixture.beijing)))
                .andExpect(jsonPath("$.items[2].summary.count").value(1))
                .andExpect(jsonPath("$.items[2].actorType").value("USER"))
                .andExpect(jsonPath("$.items[2].actorId").value("li.na"))
                .andExpect(jsonPath("$.items[2].orgUnitCode").value("BJ01"))
                .andExpect(jsonPath("$.items[2].reason").value("客户已确认，无异议"))
                .andExpect(jsonPath("$.items[1].outcome").value("FAILURE"));
        mvc.perform(list().param("size", "2").param("page", "1").with(AuditFixture.headOfficeAuditor()))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) fixture.beijing)));
    }

    @Test
    void filtersByActorUnitActionEntityAndOutcome() throws Exception {
        expectIds(list().param("actor", "li.na"), fixture.beijing);
        expectIds(list().param("unit", "SH01"), fixture.shanghai);
        expectIds(list().param("action", "case.re*"), fixture.shanghai);
        expectIds(list().param("entityId", "1"), fixture.system, fixture.beijing);
        expectIds(list().param("outcome", "failure"), fixture.shanghai);
        expectIds(list().param("action", "case.closed").param("outcome", "FAILURE"));
    }

    @Test
    void filtersByTime() throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        expectIds(list().param("from", now.plusHours(1).toString()));
        expectIds(list().param("to", now.minusHours(1).toString()));
        expectIds(list().param("from", today.toString()).param("to", today.toString()), fixture.system,
                fixture.shanghai, fixture.beijing);
        expectIds(list().param("from", today.minusDays(1) + "T00:00"), fixture.system, fixture.shanghai, fixture.beijing);
    }

    @Test
    void anUnusableFilterIsA400NamingTheField() throws Exception {
        mvc.perform(list().param("from", "yesterday").with(AuditFixture.headOfficeAuditor()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].code").value("format"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a date or time: use 2026-11-27 or 2026-11-27T09:30"));
        mvc.perform(list().param("from", "2026-12-01").param("to", "2026-11-01").with(AuditFixture.headOfficeAuditor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].code").value("out-of-range"));
        mvc.perform(list().param("outcome", "MAYBE").param("sort", "summary,asc").with(AuditFixture.headOfficeAuditor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("sort")));
        mvc.perform(list().param("outcome", "MAYBE").with(AuditFixture.headOfficeAuditor()))
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
    }

    @Test
    void aReaderWhoseScopeDoesNotIncludeAUnitDoesNotSeeItsEntries() throws Exception {
        mvc.perform(list().with(AuditFixture.branchAuditor())).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get(ENTRIES + "/" + fixture.beijing).with(AuditFixture.branchAuditor()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("/problems/not-found"));
        mvc.perform(get(ENTRIES + "/" + fixture.beijing).with(AuditFixture.headOfficeAuditor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.entityType").value(fixture.entityType));
    }

    @Test
    void aScopeOfUnitsShowsThoseUnitsOnlyAndEntriesWithoutAUnitOnlyToAGlobalScope() {
        AuditFilter ofFixture = new AuditFilter(null, null, null, null, null, fixture.entityType, null, null);
        PageQuery page = PageQuery.first(20, SortOrder.desc("occurredAt"));

        assertThat(ids(entries.page(ofFixture, DataScope.of(Set.of(AuditFixture.BEIJING)), page).items()))
                .containsExactly(fixture.beijing);
        assertThat(ids(entries.page(ofFixture, DataScope.of(Set.of(AuditFixture.BEIJING, AuditFixture.SHANGHAI)), page)
                .items())).containsExactly(fixture.shanghai, fixture.beijing);
        assertThat(ids(entries.page(ofFixture, DataScope.all(), page).items()))
                .containsExactly(fixture.system, fixture.shanghai, fixture.beijing);
        assertThat(entries.find(fixture.system, DataScope.of(Set.of(AuditFixture.BEIJING)))).isEmpty();

        java.util.List<AuditEntry> exported = new java.util.ArrayList<>();
        entries.forEach(ofFixture, DataScope.of(Set.of(AuditFixture.SHANGHAI)), 100, exported::add);
        assertThat(ids(exported)).containsExactly(fixture.shanghai);
    }

    @Test
    void readingNeedsThePermission() throws Exception {
        mvc.perform(list()).andExpect(status().isUnauthorized());
        mvc.perform(list().with(user("agent").authorities(new SimpleGrantedAuthority("cases.read"))))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value("/problems/forbidden"));
        mvc.perform(list().with(user("verifier").authorities(new SimpleGrantedAuthority(AuditPermissions.VERIFY))))
                .andExpect(status().isForbidden());
    }

    @Test
    void verificationIsForHoldersOfTheVerifyPermissionAndIsItselfAudited() throws Exception {
        String auditor = "auditor-" + fixture.entityType;
        mvc.perform(get("/api/v1/audit/verify").with(user(auditor).authorities(
                        new SimpleGrantedAuthority(AuditPermissions.VERIFY))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.checked").value(greaterThanOrEqualTo(0)))
                .andExpect(jsonPath("$.firstBreak").doesNotExist());
        assertThat(jdbc.sql("select outcome from audit_entry where action = 'audit.verify' and actor_id = ?")
                .param(auditor).query(String.class).single()).isEqualTo("SUCCESS");

        mvc.perform(get("/api/v1/audit/verify").with(AuditFixture.headOfficeAuditor())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
    }

    private void expectIds(MockHttpServletRequestBuilder request, long... expected) throws Exception {
        var result = mvc.perform(request.with(AuditFixture.headOfficeAuditor())).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(expected.length));
        if (expected.length > 0) {
            Integer[] ids = java.util.Arrays.stream(expected).mapToObj(id -> (int) id).toArray(Integer[]::new);
            result.andExpect(jsonPath("$.items[*].id").value(contains(ids)));
        }
    }

    private static java.util.List<Long> ids(java.util.List<AuditEntry> items) {
        return items.stream().map(AuditEntry::id).toList();
    }
}
