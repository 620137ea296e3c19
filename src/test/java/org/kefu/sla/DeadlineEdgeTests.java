package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.cases.CaseCustomerWrote;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Edges found in review: warnings given once, a chasing customer, closed cases, targets beyond the calendars. */
@KefuTest
class DeadlineEdgeTests {

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

    private long id(String number) {
        return jdbc.sql("select id from service_case where number = ?").param(number).query(Long.class).single();
    }

    private List<String> warnings(long caseId, String clock) {
        return jdbc.sql("select id from sla_timer where id like ?")
                .param(caseId + "/" + clock + "/%/warn-%").query(String.class).list();
    }

    @Test
    void aWarningWhoseTimeHasPassedIsNotGivenAgainWhenTheClockResumes() throws Exception {
        String n = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.CONSULTATION);
        long id = id(n);
        assertThat(warnings(id, "first_response")).hasSize(2);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "plan", 0);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "start", 1);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "wait_for_customer", 2);
        // As if the case had been opened 25 minutes ago (its 30-minute clock 83 % gone) and waited 1 minute.
        jdbc.sql("update service_case set created_at = created_at - interval '25 minutes', first_response_due_at ="
                + " first_response_due_at - interval '25 minutes', paused_since = paused_since - interval '1 minute'"
                + " where id = ?").param(id).update();
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "resume", 3);
        assertThat(warnings(id, "first_response")).as("both warnings lie in the past now").isEmpty();
        assertThat(jdbc.sql("select count(*) from sla_timer where id like ?")
                .param(id + "/first_response/%/breach").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChasingCustomerDoesNotPushTheNextUpdateBack() throws Exception {
        String n = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.CONSULTATION);
        transactions.executeWithoutResult(t -> events.publishEvent(new CaseCustomerWrote(n, 1)));
        Instant first = jdbc.sql("select next_update_due_at from service_case where number = ?").param(n)
                .query(Timestamp.class).single().toInstant();
        Thread.sleep(20);
        transactions.executeWithoutResult(t -> events.publishEvent(new CaseCustomerWrote(n, 2)));
        assertThat(jdbc.sql("select next_update_due_at from service_case where number = ?").param(n)
                .query(Timestamp.class).single().toInstant()).isEqualTo(first);
    }

    @Test
    void aPolicyIsNotReappliedToAClosedCase() throws Exception {
        String n = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.CONSULTATION);
        SlaCaseFixtures.json(mvc, staff, "agent.bj", "/api/v1/cases/" + n + "/transitions",
                "{\"action\":\"cancel\",\"version\":0,\"reason\":\"重复工单\"}");
        if (!"cancelled".equals(jdbc.sql("select status from service_case where number = ?").param(n)
                .query(String.class).single())) {
            jdbc.sql("update service_case set status = 'cancelled' where number = ?").param(n).update();
        }
        SlaCaseFixtures.json(mvc, staff, "admin", "/api/v1/cases/" + n + "/sla-policy", "{\"reason\":\"统一\"}")
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select first_response_due_at from service_case where number = ?").param(n)
                .query(Timestamp.class).optional()).isEmpty();
    }

    @Test
    void aTargetBeyondTheCalendarsIsRefusedWhenThePolicyIsSaved() throws Exception {
        mvc.perform(post("/api/v1/sla/policies").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"t-century","name":"一百年","reason":"测试","match":{},
                                 "resolution":{"amount":36500,"unit":"working_days"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("resolution.amount"));
    }

    @Test
    void aClockMetDuringAPauseIsJudgedWithThePauseNotCounted() throws Exception {
        String n = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.CONSULTATION);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "plan", 0);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "start", 1);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "wait_for_third_party", 2);
        // Opened an hour ago with 30 minutes to answer, waiting on a third party since 10 minutes after opening:
        // 10 running minutes so far, the first response is in time.
        jdbc.sql("update service_case set created_at = created_at - interval '60 minutes', first_response_due_at ="
                + " first_response_due_at - interval '60 minutes', paused_since = now() - interval '50 minutes'"
                + " where number = ?").param(n).update();
        SlaCaseFixtures.json(mvc, staff, "agent.bj", "/api/v1/cases/" + n + "/replies",
                "{\"text\":\"您好，正在等待第三方回复\",\"visibleToCustomer\":true,\"version\":3}").andExpect(status().isOk());
        assertThat(jdbc.sql("select met from sla_clock_outcome o join service_case c on c.id = o.case_id"
                + " where c.number = ? and o.clock = 'first_response'").param(n).query(Boolean.class).single()).isTrue();
    }
}
