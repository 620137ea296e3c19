package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The policy side and the timers together, through the API as an agent works: opening arms the case's
 * clocks (warnings at 50 % and 75 %, the breach at the stored deadline), waiting disarms them, resuming
 * arms them again at the moved deadline, and a customer-visible reply meets first response — each in the
 * transaction of the change, so nothing can fire for a clock that is met.
 */
@KefuTest
class CaseTimerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    private long id(String number) {
        return jdbc.sql("select id from service_case where number = ?").param(number).query(Long.class).single();
    }

    private List<String> timers(long caseId, String clock) {
        return jdbc.sql("select id from sla_timer where id like ? order by due_at")
                .param(caseId + "/" + clock + "/%").query(String.class).list();
    }

    private long due(String number, String column) {
        return jdbc.sql("select " + column + " from service_case where number = ?").param(number)
                .query(Timestamp.class).single().toInstant().toEpochMilli();
    }

    @Test
    void theClocksOfACaseAreArmedPausedMovedAndMetWithTheCase() throws Exception {
        String n = SlaCaseFixtures.open(mvc, staff, "agent.bj", SlaCaseFixtures.CONSULTATION);
        long id = id(n);
        long firstDue = due(n, "first_response_due_at");
        assertThat(timers(id, "first_response")).containsExactly(id + "/first_response/" + firstDue + "/warn-1",
                id + "/first_response/" + firstDue + "/warn-2", id + "/first_response/" + firstDue + "/breach");
        assertThat(timers(id, "resolution")).last().asString().endsWith("/breach");

        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "plan", 0);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "start", 1);
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "wait_for_customer", 2);
        assertThat(timers(id, "first_response")).isEmpty();
        assertThat(timers(id, "resolution")).isEmpty();

        jdbc.sql("update service_case set paused_since = paused_since - interval '1 hour' where number = ?").param(n).update();
        SlaCaseFixtures.step(mvc, staff, "agent.bj", n, "resume", 3);
        long movedDue = due(n, "first_response_due_at");
        assertThat(movedDue).isGreaterThan(firstDue);
        assertThat(timers(id, "first_response")).last().isEqualTo(id + "/first_response/" + movedDue + "/breach");

        SlaCaseFixtures.json(mvc, staff, "agent.bj", "/api/v1/cases/" + n + "/replies",
                "{\"text\":\"您好，已为您查询\",\"visibleToCustomer\":true,\"version\":4}").andExpect(status().isOk());
        assertThat(timers(id, "first_response")).isEmpty();
        assertThat(jdbc.sql("select count(*) from sla_armed_clock where case_id = ? and clock = 'first_response'")
                .param(id).query(Long.class).single()).isZero();
        assertThat(timers(id, "resolution")).isNotEmpty();
    }
}
