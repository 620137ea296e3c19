package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.cases.CaseCustomerWrote;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

/** A complaint's regulatory clock through the API: jurisdiction, extensions with maker-checker, pause, restart. */
@KefuTest
class RegulatoryClockTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private String cbircComplaint(String user) throws Exception {
        String n = SlaCaseFixtures.open(mvc, staff, user, SlaCaseFixtures.COMPLAINT);
        SlaCaseFixtures.json(mvc, staff, "agent.bj", "/api/v1/cases/" + n + "/regulatory-clock",
                "{\"jurisdiction\":\"CN-CBIRC\"}").andExpect(status().isForbidden());
        SlaCaseFixtures.json(mvc, staff, "manager.hq", "/api/v1/cases/" + n + "/regulatory-clock",
                        "{\"jurisdiction\":\"CN-CBIRC\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.regulatory.jurisdiction").value("CN-CBIRC"))
                .andExpect(jsonPath("$.regulatory.milestones[*].name").value(Matchers.contains("decision")));
        return n;
    }

    private Instant regulatoryDue(String number) {
        return jdbc.sql("select regulatory_due_at from service_case where number = ?").param(number)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private String report(String number, String user) throws Exception {
        return mvc.perform(get("/api/v1/cases/{n}/deadlines", number).with(staff.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void cbircExtensionsNeedAReasonTheCustomerToldAndASecondPersonForTheSecond() throws Exception {
        String n = cbircComplaint("manager.hq");
        Instant base = regulatoryDue(n);
        String path = "/api/v1/cases/" + n + "/regulatory-extensions";
        long extensions = jdbc.sql("select count(*) from sla_clock_extension").query(Long.class).single();
        SlaCaseFixtures.json(mvc, staff, "manager.hq", path, "{\"level\":1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("reason", "customerTold")));
        SlaCaseFixtures.json(mvc, staff, "manager.hq", path,
                        "{\"level\":1,\"days\":16,\"reason\":\"案情复杂\",\"customerTold\":true}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("days"));
        SlaCaseFixtures.json(mvc, staff, "manager.hq", path,
                        "{\"level\":2,\"days\":20,\"reason\":\"需上级批准\",\"customerTold\":true}")
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from sla_clock_extension").query(Long.class).single())
                .isEqualTo(extensions);
        SlaCaseFixtures.json(mvc, staff, "manager.hq", path,
                        "{\"level\":1,\"reason\":\"案情复杂\",\"customerTold\":true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("granted"))
                .andExpect(jsonPath("$.days").value(15));
        assertThat(Duration.between(base, regulatoryDue(n))).isEqualTo(Duration.ofDays(15));
        SlaCaseFixtures.json(mvc, staff, "manager.hq", path,
                        "{\"level\":1,\"reason\":\"再次\",\"customerTold\":true}").andExpect(status().isConflict());
        String pending = SlaCaseFixtures.json(mvc, staff, "manager.hq", path,
                        "{\"level\":2,\"days\":20,\"reason\":\"需鉴定\",\"customerTold\":true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("pending"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(pending, "$.id");
        assertThat(Duration.between(base, regulatoryDue(n))).as("not before approval").isEqualTo(Duration.ofDays(15));
        String approval = "/api/v1/sla/extensions/" + id + "/approval";
        SlaCaseFixtures.json(mvc, staff, "manager.hq", approval, "{\"approve\":true}")
                .andExpect(status().isForbidden());
        SlaCaseFixtures.json(mvc, staff, "supervisor.bj", approval, "{\"approve\":true}")
                .andExpect(status().isForbidden());
        SlaCaseFixtures.json(mvc, staff, "admin", approval, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("approve"));
        SlaCaseFixtures.json(mvc, staff, "admin", approval, "{\"approve\":true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("approved"))
                .andExpect(jsonPath("$.decidedBy").value("admin"));
        assertThat(Duration.between(base, regulatoryDue(n))).isEqualTo(Duration.ofDays(35));
        SlaCaseFixtures.json(mvc, staff, "admin", approval, "{\"approve\":false}").andExpect(status().isConflict());
        String r = report(n, "manager.hq");
        assertThat((Integer) JsonPath.read(r, "$.regulatory.extendedDays")).isEqualTo(35);
        assertThat((java.util.List<String>) JsonPath.read(r, "$.regulatory.extensions[*].state"))
                .containsExactly("granted", "approved");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action like 'sla.extension.%'")
                .param(n).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void otherJurisdictionsHaveNoExtensionsAndOnlyComplaintsHaveAClock() throws Exception {
        String n = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.COMPLAINT);
        SlaCaseFixtures.json(mvc, staff, "agent.bj", "/api/v1/cases/" + n + "/regulatory-extensions",
                        "{\"level\":1,\"reason\":\"复杂\",\"customerTold\":true}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedLevels").isEmpty());
        SlaCaseFixtures.json(mvc, staff, "supervisor.bj", "/api/v1/cases/" + n + "/regulatory-clock",
                "{\"jurisdiction\":\"UK-FCA\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.regulatory.milestones[*].name")
                        .value(Matchers.contains("summary_resolution", "final_response")));
        SlaCaseFixtures.json(mvc, staff, "supervisor.bj", "/api/v1/cases/" + n + "/regulatory-clock",
                "{\"jurisdiction\":\"MARS\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jurisdiction"));
        SlaCaseFixtures.json(mvc, staff, staff.newUser("SH", "supervisor", false), "/api/v1/cases/" + n
                + "/regulatory-clock", "{\"jurisdiction\":\"GUIDE\"}").andExpect(status().isNotFound());
        String consultation = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.CONSULTATION);
        mvc.perform(get("/api/v1/cases/{n}/deadlines", consultation).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.regulatory").doesNotExist());
        SlaCaseFixtures.json(mvc, staff, "supervisor.bj", "/api/v1/cases/" + consultation + "/regulatory-clock",
                "{\"jurisdiction\":\"GUIDE\"}").andExpect(status().isBadRequest());
    }

    @Test
    void anAppraisalPausesTheCbircClockAndNewFactsRestartIt() throws Exception {
        String n = cbircComplaint("agent.bj");
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "plan", 0);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "start", 1);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "wait_for_third_party", 2);
        assertThat((Boolean) JsonPath.read(report(n, "agent.bj"), "$.regulatory.paused")).isTrue();
        Instant before = regulatoryDue(n);
        jdbc.sql("update sla_regulatory_clock set paused_since = paused_since - interval '3 days'"
                + " where case_id = (select id from service_case where number = ?)").param(n).update();
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "resume", 3);
        String resumed = report(n, "agent.bj");
        assertThat((Boolean) JsonPath.read(resumed, "$.regulatory.paused")).isFalse();
        assertThat(Duration.between(before, regulatoryDue(n)))
                .isBetween(Duration.ofDays(3), Duration.ofDays(3).plusSeconds(30));
        // A customer's "any news?" is no new fact by itself: the clock does not restart on its own.
        transactions.executeWithoutResult(t -> events.publishEvent(new CaseCustomerWrote(n, 12)));
        String chased = report(n, "agent.bj");
        assertThat((Integer) JsonPath.read(chased, "$.regulatory.restarts")).isZero();
        assertThat((String) JsonPath.read(chased, "$.deadlines.nextUpdate")).as("the next update is due").isNotNull();
        // New facts, judged so by a supervisor, restart it.
        String restart = "/api/v1/cases/" + n + "/regulatory-clock/restart";
        SlaCaseFixtures.json(mvc, staff, "agent.bj", restart, "{\"reason\":\"客户来电补充新证据\"}")
                .andExpect(status().isForbidden());
        SlaCaseFixtures.json(mvc, staff, "supervisor.bj", restart, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        Instant restartedAt = Instant.now();
        String restarted = SlaCaseFixtures.json(mvc, staff, "supervisor.bj", restart, "{\"reason\":\"客户来电补充新证据\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.regulatory.restarts").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(OffsetDateTime.parse(JsonPath.read(restarted, "$.regulatory.startedAt")).toInstant())
                .isAfterOrEqualTo(restartedAt.minusSeconds(1));
        // Restarted today (the day of acceptance): 15 days again, without the 3 paused days.
        assertThat(regulatoryDue(n)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ?"
                + " and action = 'sla.regulatory-clock.restarted'").param(n).query(Long.class).single()).isEqualTo(1);
        String guide = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.COMPLAINT);
        SlaCaseFixtures.json(mvc, staff, "supervisor.bj", "/api/v1/cases/" + guide + "/regulatory-clock/restart",
                "{\"reason\":\"新情况\"}").andExpect(status().isConflict());
    }

    @Test
    void theDecisionStopsTheClockAndOpensTheReviewWindow() throws Exception {
        String n = cbircComplaint("agent.bj");
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "plan", 0);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "start", 1);
        org.kefu.support.ComplaintPrerequisites.codedAndDecided(jdbc, n);
        SlaCaseFixtures.json(mvc, staff, "agent.bj", "/api/v1/cases/" + n + "/transitions",
                "{\"action\":\"resolve\",\"version\":2,\"resolution\":\"退还手续费\"}").andExpect(status().isOk());
        SlaCaseFixtures.json(mvc, staff, "supervisor.bj", "/api/v1/cases/" + n + "/review",
                "{\"approved\":true,\"version\":3}").andExpect(status().isOk());
        String r = report(n, "agent.bj");
        assertThat((String) JsonPath.read(r, "$.regulatory.decidedAt")).isNotNull();
        assertThat((String) JsonPath.read(r, "$.regulatory.reviewUntil")).isNotNull();
        assertThat((String) JsonPath.read(r, "$.deadlines.regulatory")).isNull();
        assertThat((String) JsonPath.read(r, "$.deadlines.resolution")).isNull();
        assertThat(jdbc.sql("select count(*) from sla_clock_outcome o join service_case c on c.id = o.case_id"
                + " where c.number = ? and o.met").param(n).query(Long.class).single()).isEqualTo(2);
        SlaCaseFixtures.json(mvc, staff, "agent.bj", "/api/v1/cases/" + n + "/regulatory-extensions",
                "{\"level\":1,\"reason\":\"晚了\",\"customerTold\":true}").andExpect(status().isConflict());
    }
}
