package org.kefu.complaint;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.kefu.support.Staff;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Complaints opened, worked, coded and decided through the API, for the complaint handling tests. */
final class ComplaintCodingFixtures {

    static final String CODING = """
            {"version":%d,"channelCode":"K-CH-02","businessCode":"K-BT-02","causeCode":"K-CA-01",
             "products":["借记卡"],"amountInDispute":%s,"demand":"退还手续费","mediaAttention":false,
             "locale":"zh-CN"%s}""";

    private final MockMvc mvc;
    private final Staff staff;
    private final JdbcClient jdbc;

    ComplaintCodingFixtures(MockMvc mvc, Staff staff, JdbcClient jdbc) {
        this.mvc = mvc;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    /** A counter complaint owned by {@code user}; {@code flags} a JSON array such as ["fund_loss"]. */
    String open(String user, String flags) throws Exception {
        String body = """
                {"kind":"complaint","channel":"branch_counter","subject":"手续费投诉","flags":%s,
                 "description":"客户投诉跨行转账手续费","contact":{"name":"赵六","mobile":"13912345678"}}""".formatted(flags);
        return JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as(user))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
    }

    ResultActions json(String user, String method, String path, String body) throws Exception {
        var request = switch (method) {
            case "PUT" -> put(path);
            case "GET" -> get(path);
            default -> post(path);
        };
        return mvc.perform(request.with(staff.as(user)).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body));
    }

    ResultActions code(String user, String n, String amount, String extra) throws Exception {
        return json(user, "PUT", "/api/v1/complaints/" + n, CODING.formatted(recordVersion(n), amount, extra));
    }

    ResultActions decide(String user, String n, String compensation) throws Exception {
        return json(user, "POST", "/api/v1/complaints/" + n + "/decision", """
                {"version":%d,"outcome":"partly_upheld","remedy":"退还多收手续费","compensation":%s}"""
                .formatted(recordVersion(n), compensation));
    }

    ResultActions caseStep(String user, String n, String what, String body) throws Exception {
        return json(user, "POST", "/api/v1/cases/" + n + "/" + what,
                body.replace("$V", String.valueOf(caseVersion(n))));
    }

    /** Planned and started by its owner. */
    void inProgress(String owner, String n) throws Exception {
        caseStep(owner, n, "transitions", "{\"action\":\"plan\",\"version\":$V,\"plan\":{\"content\":\"核实\"}}")
                .andExpect(status().isOk());
        caseStep(owner, n, "transitions", "{\"action\":\"start\",\"version\":$V}").andExpect(status().isOk());
    }

    ResultActions resolve(String owner, String n) throws Exception {
        return caseStep(owner, n, "transitions", "{\"action\":\"resolve\",\"version\":$V,\"resolution\":\"已退费\"}");
    }

    int recordVersion(String n) {
        return jdbc.sql("select version from complaint_record where case_number = ?").param(n).query(Integer.class)
                .single();
    }

    int caseVersion(String n) {
        return jdbc.sql("select version from service_case where number = ?").param(n).query(Integer.class).single();
    }

    String caseStatus(String n) {
        return jdbc.sql("select status from service_case where number = ?").param(n).query(String.class).single();
    }

    String owner(String n) {
        String owner = jdbc.sql("select coalesce(owner, '') from service_case where number = ?").param(n)
                .query(String.class).single();
        return owner.isEmpty() ? null : owner;
    }

    long entries(String n) {
        return jdbc.sql("select count(*) from case_entry e join service_case c on c.id = e.case_id where c.number = ?")
                .param(n).query(Long.class).single();
    }

    void reportsTo(String user, String manager) {
        jdbc.sql("update app_user set reports_to = (select id from app_user where username = ?) where username = ?")
                .params(manager, user).update();
    }
}
