package org.kefu.sla;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.jayway.jsonpath.JsonPath;
import org.kefu.identity.OrgUnitType;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A branch of its own for each test (so recipients are known): branch {@code P} with a manager, and under it
 * sub-branch {@code U} with an agent (the owner) and a supervisor. Level 1 is then the supervisor, level 2
 * the branch manager, level 3 head office's management.
 */
final class EscalationFixtures {

    final String branch;
    final String unit;
    final String owner;
    final String supervisor;
    final String manager;
    private final MockMvc mvc;
    private final Staff staff;
    private final JdbcClient jdbc;

    EscalationFixtures(OrgUnits orgUnits, Staff staff, MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.staff = staff;
        this.jdbc = jdbc;
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        branch = "EP" + tag;
        unit = "EU" + tag;
        orgUnits.create(branch, OrgUnitType.BRANCH, "HQ", "升级测试分行", "Escalation test branch");
        orgUnits.create(unit, OrgUnitType.SUB_BRANCH, branch, "升级测试支行", "Escalation test sub-branch");
        owner = staff.newUser(unit, "agent", false);
        supervisor = staff.newUser(unit, "supervisor", false);
        manager = staff.newUser(branch, "manager", false);
    }

    record OpenedCase(long id, String number) {
    }

    OpenedCase openCase() throws Exception {
        String number = JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as(owner))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"complaint","channel":"branch_counter","subject":"升级测试",
                                 "description":"超时升级测试","contact":{"name":"赵六","mobile":"13912345678"}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
        long id = jdbc.sql("select id from service_case where number = ?").param(number).query(Long.class).single();
        // Opening armed the clocks of the case's SLA policy; these tests arm the clocks they study themselves.
        jdbc.sql("delete from sla_timer where id like ?").param(id + "/%").update();
        jdbc.sql("delete from sla_armed_clock where case_id = ?").param(id).update();
        return new OpenedCase(id, number);
    }

    /** A policy code of its own whose levels have {@code window} to acknowledge. */
    String policyWithWindow(Duration window) {
        String code = "T-" + Long.toString(System.nanoTime(), 36);
        jdbc.sql("insert into sla_escalation_plan (policy_code, acknowledge_within) values (?, ? * interval '1 millisecond')")
                .params(code, window.toMillis()).update();
        return code;
    }

    static CaseDeadline deadline(OpenedCase c, Instant due, List<Instant> warnings, String policy, boolean reassign) {
        return new CaseDeadline(c.id(), c.number(), "resolution", Instant.now(), due, warnings, policy, 1, reassign);
    }

    List<String> steps(long caseId) {
        return jdbc.sql("select step from sla_escalation_step where case_id = ? order by id").param(caseId)
                .query(String.class).list();
    }

    List<String> recipients(long caseId, String step) {
        return jdbc.sql("select unnest(recipients) from sla_escalation_step where case_id = ? and step = ?")
                .params(caseId, step).query(String.class).list();
    }

    int level(long caseId) {
        return jdbc.sql("select coalesce(max(level), -1) from sla_escalation where case_id = ? and closed_at is null")
                .param(caseId).query(Integer.class).single();
    }

    long timersOf(long caseId) {
        return jdbc.sql("select count(*) from sla_timer where id like ?").param(caseId + "/%")
                .query(Long.class).single();
    }

    long inApp(String user, String templateKey, String caseNumber) {
        return jdbc.sql("select count(*) from notification_message where staff_username = ? and template_key = ?"
                + " and correlation = ? and channel = 'IN_APP'").params(user, templateKey, caseNumber)
                .query(Long.class).single();
    }

    static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Not reached within " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
