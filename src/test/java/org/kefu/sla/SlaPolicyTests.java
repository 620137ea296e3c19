package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnitType;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Administering policies through the API: match order, versions with author and reason, pinning a case to
 * the version it started with, re-applying, validation and permissions. Each test works in a sub-branch of
 * its own, which only its own policies match, so other tests' cases are not affected.
 */
@KefuTest
class SlaPolicyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits orgUnits;

    String unit;
    String agent;

    @BeforeEach
    void aSubBranchWithAnAgent() {
        unit = "SLA-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        orgUnits.create(unit, OrgUnitType.SUB_BRANCH, "BJ", "测试支行", "Test sub-branch");
        agent = staff.newUser(unit, "agent", false);
    }

    private String policy(String code, String kinds, int resolutionHours) {
        return """
                {"code":"%s","name":"测试策略","reason":"测试","match":{"kinds":%s,"units":["%s"]},
                 "firstResponse":{"amount":1,"unit":"calendar_hours"},
                 "resolution":{"amount":%d,"unit":"calendar_hours"},"warnings":[0.5,0.8]}"""
                .formatted(code, kinds, unit, resolutionHours);
    }

    private ResultActions create(String body) throws Exception {
        return mvc.perform(post("/api/v1/sla/policies").with(staff.as("admin"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long createdId(String body) throws Exception {
        return ((Number) JsonPath.read(create(body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();
    }

    /** Puts these policies first, the others after them in their order. */
    private void first(Long... ids) throws Exception {
        List<Long> order = new ArrayList<>(List.of(ids));
        List<Number> all = JsonPath.read(mvc.perform(get("/api/v1/sla/policies").with(staff.as("admin")))
                .andReturn().getResponse().getContentAsString(), "$[*].id");
        all.stream().map(Number::longValue).filter(id -> !order.contains(id)).forEach(order::add);
        mvc.perform(put("/api/v1/sla/policy-order").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"order\":" + order + ",\"reason\":\"测试顺序\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(ids[0]));
    }

    private String policyOf(String number) throws Exception {
        return mvc.perform(get("/api/v1/cases/{n}/deadlines", number).with(staff.as(agent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Duration resolutionTarget(String number) {
        return jdbc.sql("select resolution_due_at, created_at from service_case where number = ?").param(number)
                .query((rs, n) -> Duration.between(rs.getTimestamp(2).toInstant(), rs.getTimestamp(1).toInstant()))
                .single();
    }

    @Test
    void theFirstMatchingPolicyInTheOrderApplies() throws Exception {
        long broad = createdId(policy("t-broad-" + unit.toLowerCase(), "[]", 48));
        long complaints = createdId(policy("t-complaint-" + unit.toLowerCase(), "[\"complaint\"]", 24));
        first(broad, complaints);
        String one = SlaCaseFixtures.open(mvc, staff, agent, SlaCaseFixtures.COMPLAINT);
        assertThat((Integer) JsonPath.read(policyOf(one), "$.policy.id")).isEqualTo((int) broad);
        assertThat(resolutionTarget(one)).isEqualTo(Duration.ofHours(48));
        first(complaints, broad);
        String two = SlaCaseFixtures.open(mvc, staff, agent, SlaCaseFixtures.COMPLAINT);
        assertThat((Integer) JsonPath.read(policyOf(two), "$.policy.id")).isEqualTo((int) complaints);
        assertThat(resolutionTarget(two)).isEqualTo(Duration.ofHours(24));
        String consultation = SlaCaseFixtures.open(mvc, staff, agent, SlaCaseFixtures.CONSULTATION);
        assertThat((Integer) JsonPath.read(policyOf(consultation), "$.policy.id")).isEqualTo((int) broad);
        assertThat((Integer) JsonPath.read(policyOf(one), "$.policy.id")).as("earlier cases keep theirs")
                .isEqualTo((int) broad);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'sla.policy.reordered'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCaseKeepsTheVersionItStartedWithUntilAnAdminReappliesIt() throws Exception {
        String code = "t-pin-" + unit.toLowerCase();
        long id = createdId(policy(code, "[]", 48));
        first(id);
        String old = SlaCaseFixtures.open(mvc, staff, agent, SlaCaseFixtures.COMPLAINT);
        mvc.perform(put("/api/v1/sla/policies/{id}", id).with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(policy(code, "[]", 12).replace("\"reason\":\"测试\"", "\"reason\":\"监管要求缩短\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.author").value("admin"))
                .andExpect(jsonPath("$.reason").value("监管要求缩短"));
        mvc.perform(get("/api/v1/sla/policies/{id}", id).with(staff.as("admin")))
                .andExpect(jsonPath("$.current.version").value(2))
                .andExpect(jsonPath("$.versions[*].version").value(Matchers.contains(2, 1)))
                .andExpect(jsonPath("$.versions[1].resolution.amount").value(48));
        String fresh = SlaCaseFixtures.open(mvc, staff, agent, SlaCaseFixtures.COMPLAINT);
        assertThat((Integer) JsonPath.read(policyOf(fresh), "$.policy.version")).isEqualTo(2);
        assertThat(resolutionTarget(fresh)).isEqualTo(Duration.ofHours(12));
        assertThat((Integer) JsonPath.read(policyOf(old), "$.policy.version")).isEqualTo(1);
        assertThat(resolutionTarget(old)).isEqualTo(Duration.ofHours(48));
        // A priority change to another grade that the same policy still matches keeps the pinned version.
        SlaCaseFixtures.json(mvc, staff, agent, "/api/v1/cases/" + old + "/priority",
                "{\"priority\":\"P2\",\"reason\":\"媒体关注\",\"version\":0}").andExpect(status().isOk());
        assertThat((Integer) JsonPath.read(policyOf(old), "$.policy.version")).isEqualTo(1);
        SlaCaseFixtures.json(mvc, staff, agent, "/api/v1/cases/" + old + "/sla-policy", "{\"reason\":\"统一\"}")
                .andExpect(status().isForbidden());
        SlaCaseFixtures.json(mvc, staff, "admin", "/api/v1/cases/" + old + "/sla-policy", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        SlaCaseFixtures.json(mvc, staff, "admin", "/api/v1/cases/" + old + "/sla-policy", "{\"reason\":\"统一\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        assertThat((Integer) JsonPath.read(policyOf(old), "$.policy.version")).isEqualTo(2);
        assertThat(resolutionTarget(old)).isEqualTo(Duration.ofHours(12));
        assertThat(jdbc.sql("select count(*) from audit_entry where action in ('sla.policy.created',"
                        + " 'sla.policy.edited') and entity_id = ?").param(code).query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'sla.policy.reapplied'"
                + " and entity_id = ?").param(old).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badPoliciesAreRefusedNamingEveryFieldAndNothingIsWritten() throws Exception {
        long policies = jdbc.sql("select count(*) from sla_policy_version").query(Long.class).single();
        create("""
                {"code":"Bad Code","match":{"kinds":["nonsense"],"units":["NOWHERE"],"priorities":["P7"]},
                 "firstResponse":{"amount":0,"unit":"fortnights"},"calendar":"MOON","warnings":[0.8,0.5]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("code", "name", "reason",
                        "match.kinds", "match.units", "match.priorities", "firstResponse.amount", "firstResponse.unit",
                        "calendar", "warnings")));
        create("{\"code\":\"t-empty\",\"name\":\"x\",\"reason\":\"y\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("resolution"));
        create(policy("default", "[]", 1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        create("{\"code\":\"t-x\",\"unknown\":1}").andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/sla/policy-order").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"order\":[1,1],\"reason\":\"x\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("order"));
        mvc.perform(put("/api/v1/sla/policies/{id}", 999_999).with(staff.as("admin"))
                .contentType(MediaType.APPLICATION_JSON).content(policy("x", "[]", 1)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from sla_policy_version").query(Long.class).single()).isEqualTo(policies);
        mvc.perform(post("/api/v1/sla/policies").with(staff.as("supervisor.bj"))
                .contentType(MediaType.APPLICATION_JSON).content(policy("t-forbidden", "[]", 1)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sla/policies").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
        mvc.perform(get("/sla/policies").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
    }

    @Test
    void administratorsReadThePoliciesAndTheirVersionsOnPages() throws Exception {
        String list = mvc.perform(get("/sla/policies").with(staff.as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("id=\"policies\"").contains("consultation").contains("guide default");
        String one = mvc.perform(get("/sla/policies/{id}", 2).with(staff.as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(one).contains("id=\"policy-versions\"").contains("complaint");
        mvc.perform(get("/sla/policies/{id}", 999_999).with(staff.as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void theGuideDefaultsAreSeededWithACatchAllLast() throws Exception {
        mvc.perform(get("/api/v1/sla/policies").with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'consultation')].firstResponse.amount").value(Matchers.contains(30)))
                .andExpect(jsonPath("$[?(@.code == 'consultation')].firstResponse.unit")
                        .value(Matchers.contains("calendar_minutes")))
                .andExpect(jsonPath("$[?(@.code == 'major-incident')].resolution.amount").value(Matchers.contains(1)))
                .andExpect(jsonPath("$[?(@.code == 'complaint')].firstResponse.unit")
                        .value(Matchers.contains("working_days")))
                .andExpect(jsonPath("$[?(@.code == 'complaint')].resolution.amount").value(Matchers.contains(7)))
                .andExpect(jsonPath("$[-1].code").value("default"));
        String p1 = SlaCaseFixtures.open(mvc, staff, "agent.bj", """
                {"kind":"service_request","channel":"phone","subject":"盗刷","description":"账户被盗刷",
                 "flags":["fund_loss"],"contact":{"name":"孙八","mobile":"13912345670"}}""");
        Timestamp[] times = jdbc.sql("select created_at, resolution_due_at from service_case where number = ?")
                .param(p1).query((rs, n) -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)}).single();
        assertThat(Duration.between(times[0].toInstant(), times[1].toInstant())).isEqualTo(Duration.ofHours(1));
    }
}
