package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.ScopeProbe;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/** Channel intake with the demo API client: numbers, idempotency, validation, encryption, notification, audit. */
@KefuTest
class CasesApiTests {

    static final String EXAMPLE = """
            {"kind":"consultation","channel":"mobile_banking","subject":"信用卡额度调整",
             "description":"想了解如何提高信用卡额度","contact":{"name":"张三","mobile":"13800138000"}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequestBuilder intake(String body) {
        return post("/api/v1/cases").header("Authorization", "Bearer kefu_demo_mobile_key")
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from service_case) + (select count(*) from case_entry)"
                + " + (select count(*) from case_idempotency_key)").query(Long.class).single();
    }

    /** The intake's answer is built from the case as written, not read back: it must be what a read gives. */
    @Test
    void theIntakeAnswerIsWhatAReadAndAReplayGive() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"kind":"complaint","channel":"wechat","subject":"转账未到账","description":"三天前的转账仍未到账",
                 "flags":["fund_loss","account_security"],"contact":{"name":"李四","mobile":"13900139000","email":"li.si@example.com"}}""";
        String created = mvc.perform(intake(body).header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String number = JsonPath.read(created, "$.number");
        String read = mvc.perform(get("/api/v1/cases/{n}", number).header("Authorization", "Bearer kefu_demo_mobile_key"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String replayed = mvc.perform(intake(body).header("Idempotency-Key", key))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(created).isEqualTo(read).isEqualTo(replayed);
        assertThat(jdbc.sql("select k.case_id = c.id from case_idempotency_key k join service_case c"
                + " on c.number = ? where k.key = ?").params(number, key).query(Boolean.class).single())
                .as("the key names the case it was claimed for").isTrue();
    }

    @Test
    void theIssuesExampleOpensOneCaseAndTheSameKeyReturnsIt() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = mvc.perform(intake(EXAMPLE).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(Matchers.matchesPattern("KF-\\d{8}-\\d{6}")))
                .andExpect(jsonPath("$.status").value("accepted"))
                .andExpect(jsonPath("$.priority").value("P4"))
                .andExpect(jsonPath("$.unit").value("BJ"))
                .andExpect(jsonPath("$.owner").doesNotExist())
                .andExpect(jsonPath("$.contact.name").value("张*"))
                .andExpect(jsonPath("$.contact.mobile").value("138****8000"))
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/cases/KF-")))
                .andReturn().getResponse().getContentAsString();
        String number = JsonPath.read(body, "$.number");
        mvc.perform(intake(EXAMPLE).header("Idempotency-Key", key))
                .andExpect(status().is2xxSuccessful())
                .andExpect(jsonPath("$.number").value(number));
        assertThat(jdbc.sql("select count(*) from service_case where number = ?").param(number).query(Long.class)
                .single()).isEqualTo(1);
        mvc.perform(get("/api/v1/cases/{n}", number).header("Authorization", "Bearer kefu_demo_mobile_key"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.subject").value("信用卡额度调整"));

        String stored = jdbc.sql("select * from service_case where number = ?").param(number).query().singleRow()
                .toString();
        assertThat(stored).doesNotContain("13800138000", "张三");
        assertThat(jdbc.sql("select count(*) from notification_message where correlation = ? and channel = 'SMS'"
                + " and template_key = 'case.accepted'").param(number).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'case.opened' and entity_id = ?"
                + " and actor_type = 'API_CLIENT'").param(number).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void concurrentRequestsWithTheSameKeyCreateOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<String> call = () -> JsonPath.read(mvc.perform(intake(EXAMPLE).header("Idempotency-Key", key))
                        .andReturn().getResponse().getContentAsString(), "$.number");
                answers.add(pool.submit(call));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> answer : answers) {
                numbers.add(answer.get());
            }
            assertThat(numbers).containsOnly(numbers.get(0));
            assertThat(jdbc.sql("select count(*) from case_idempotency_key k join service_case c on c.id = k.case_id"
                    + " where k.key = ?").param(key).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from service_case where number = ?").param(numbers.get(0))
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void differentRequestsGetDifferentConsecutiveNumbers() throws Exception {
        String a = JsonPath.read(mvc.perform(intake(EXAMPLE)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.number");
        String b = JsonPath.read(mvc.perform(intake(EXAMPLE)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.number");
        assertThat(a).isNotEqualTo(b);
        assertThat(Integer.parseInt(b.substring(12))).isGreaterThan(Integer.parseInt(a.substring(12)));
    }

    @Test
    void nonsenseNamesKindAndEveryMissingFieldAndWritesNothing() throws Exception {
        long before = rows();
        mvc.perform(intake("{\"kind\":\"nonsense\"}").header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "kind", "channel", "subject", "description", "contact")));
        mvc.perform(intake("""
                {"kind":"complaint","channel":"fax","subject":"x","description":"y","flags":["urgent"],
                 "category":"no-such","contact":{"name":"李四","mobile":"12345"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "channel", "flags", "category", "contact.mobile")));
        mvc.perform(intake("{\"kind\":\"consultation\",\"shoeSize\":42}")).andExpect(status().isBadRequest());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aCallerWithoutCreateCannotOpenAndFlagsRaiseThePriority() throws Exception {
        mvc.perform(post("/api/v1/cases").with(staff.as("auditor.hq")).contentType(MediaType.APPLICATION_JSON)
                .content(EXAMPLE)).andExpect(status().isForbidden());
        mvc.perform(intake("""
                {"kind":"complaint","channel":"phone","subject":"盗刷","description":"卡被盗刷",
                 "flags":["fund_loss"],"contact":{"name":"钱七","email":"qian.qi@example.com"}}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.priority").value("P1"))
                .andExpect(jsonPath("$.contact.email").value("q******@example.com"));
    }

    @Test
    void anotherBranchsCaseIsInvisible() throws Exception {
        String sh = CaseFixtures.open(mvc, staff, "agent.sh");
        String bj = CaseFixtures.open(mvc, staff, "agent.bj");
        new ScopeProbe(mvc, staff.as("agent.bj")).sees("/api/v1/cases/{n}", bj).cannotSee("/api/v1/cases/{n}", sh);
        new ScopeProbe(mvc, staff.as("agent.sh")).sees("/api/v1/cases/{n}", sh).cannotSee("/api/v1/cases/{n}", bj);
        mvc.perform(get("/api/v1/cases").param("size", "200").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.hasItem(bj)))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.not(Matchers.hasItem(sh))));
    }
}
