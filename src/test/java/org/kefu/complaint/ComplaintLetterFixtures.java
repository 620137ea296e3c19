package org.kefu.complaint;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.kefu.support.Staff;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Complaints opened, coded, decided and resolved the way staff do it, for the letter tests. A plain object. */
class ComplaintLetterFixtures {

    private final MockMvc mvc;
    private final Staff staff;
    private final JdbcClient jdbc;

    ComplaintLetterFixtures(MockMvc mvc, Staff staff, JdbcClient jdbc) {
        this.mvc = mvc;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    static String uniqueMobile() {
        return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A complaint taken by {@code user} on the phone, with the customer's name, mobile and (if given) e-mail. */
    String complaint(String user, String name, String mobile, String email) throws Exception {
        String body = """
                {"kind":"complaint","channel":"phone","subject":"转账手续费","description":"客户认为跨行转账手续费收取有误",
                 "contact":{"name":"%s","mobile":"%s"%s}}""".formatted(name, mobile,
                email == null ? "" : ",\"email\":\"" + email + "\"");
        return JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as(user))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
    }

    ResultActions act(String user, String path, String body) throws Exception {
        return mvc.perform(post(path).with(staff.as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /**
     * Codes the complaint and records a decision directly (the handling pages are another slice's), so the
     * resolution gate, once wired, finds what it needs.
     */
    void codeAndDecide(String number, String outcome, String remedy, String compensation) {
        jdbc.sql("update complaint_record set business_code = 'K-BT-02', cause_code = 'K-CA-01', coded_by = 'agent.bj',"
                + " coded_at = now() where case_number = ?").param(number).update();
        jdbc.sql("insert into complaint_decision (case_id, outcome, remedy, compensation, compensation_state, decided_by,"
                        + " decided_at) select case_id, ?, ?, ?::numeric, 'none', 'agent.bj', now()"
                        + " from complaint_record where case_number = ?")
                .params(outcome, remedy, compensation, number).update();
    }

    /** Plan, start and resolve as {@code worker}; approve the review as {@code reviewer}: the case is resolved. */
    void resolve(String number, String worker, String reviewer) throws Exception {
        String base = "/api/v1/cases/" + number;
        int version = version(number);
        act(worker, base + "/transitions", "{\"action\":\"plan\",\"version\":%d,\"plan\":{\"content\":\"核查收费记录\"}}"
                .formatted(version)).andExpect(status().isOk());
        act(worker, base + "/transitions", "{\"action\":\"start\",\"version\":%d}".formatted(version(number)))
                .andExpect(status().isOk());
        act(worker, base + "/transitions", "{\"action\":\"resolve\",\"version\":%d,\"resolution\":\"退还手续费\"}"
                .formatted(version(number))).andExpect(status().isOk());
        act(reviewer, base + "/review", "{\"version\":%d,\"approved\":true}".formatted(version(number)))
                .andExpect(status().isOk());
    }

    /** Reopens the resolved case as {@code worker} (the customer disagreed), then starts work on it again. */
    void reopen(String number, String worker) throws Exception {
        String base = "/api/v1/cases/" + number + "/transitions";
        act(worker, base, "{\"action\":\"reopen\",\"version\":%d,\"reason\":\"客户对处理结果有异议\"}"
                .formatted(version(number))).andExpect(status().isOk());
        act(worker, base, "{\"action\":\"start\",\"version\":%d}".formatted(version(number)))
                .andExpect(status().isOk());
    }

    /** Resolves a case in progress as {@code worker}; approves the review as {@code reviewer}. */
    void resolveAgain(String number, String worker, String reviewer) throws Exception {
        String base = "/api/v1/cases/" + number;
        act(worker, base + "/transitions", "{\"action\":\"resolve\",\"version\":%d,\"resolution\":\"复核后改判\"}"
                .formatted(version(number))).andExpect(status().isOk());
        act(reviewer, base + "/review", "{\"version\":%d,\"approved\":true}".formatted(version(number)))
                .andExpect(status().isOk());
    }

    /** Records a new decision through the complaints API (the decision's version goes up). */
    void decideAnew(String number, String user, String outcome, String remedy, String compensation) throws Exception {
        int recordVersion = jdbc.sql("select version from complaint_record where case_number = ?").param(number)
                .query(Integer.class).single();
        act(user, "/api/v1/complaints/" + number + "/decision",
                "{\"version\":%d,\"outcome\":\"%s\",\"remedy\":\"%s\",\"compensation\":%s}"
                        .formatted(recordVersion, outcome, remedy, compensation))
                .andExpect(status().isOk());
    }

    int decisionVersion(String number) {
        return jdbc.sql("select d.version from complaint_decision d join complaint_record r on r.case_id = d.case_id"
                + " where r.case_number = ?").param(number).query(Integer.class).single();
    }

    int version(String number) {
        return jdbc.sql("select version from service_case where number = ?").param(number).query(Integer.class).single();
    }

    /**
     * Waits until the letter listeners have handled every event so far: they run after commit on another
     * thread, and a completed event publication is deleted.
     */
    void settle() {
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() ->
                jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and listener_id like '%ComplaintLetterTriggers%'").query(Long.class).single() == 0);
    }

    long letterId(String number, String kind) {
        settle();
        return jdbc.sql("select l.id from complaint_letter l join complaint_record r on r.case_id = l.case_id"
                        + " where r.case_number = ? and l.kind = ? order by l.id desc limit 1")
                .params(number, kind).query(Long.class).single();
    }

    long letters(String number, String kind) {
        settle();
        return jdbc.sql("select count(*) from complaint_letter l join complaint_record r on r.case_id = l.case_id"
                        + " where r.case_number = ? and l.kind = ?")
                .params(number, kind).query(Long.class).single();
    }
}
