package org.kefu.complaint;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.kefu.identity.OrgUnitType;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A first-level branch {@code P} of its own under head office with a sub-branch {@code U}, an agent in each,
 * a supervisor and a manager in P: complaints opened there are counted in no other test's figures.
 */
final class ComplaintAnalysisFixtures {

    final String branch;
    final String subBranch;
    final String agent;
    final String subAgent;
    final String supervisor;
    final String manager;
    private final MockMvc mvc;
    private final Staff staff;
    private final JdbcClient jdbc;

    ComplaintAnalysisFixtures(OrgUnits orgUnits, Staff staff, MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.staff = staff;
        this.jdbc = jdbc;
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        branch = "CP" + tag;
        subBranch = "CU" + tag;
        orgUnits.create(branch, OrgUnitType.BRANCH, "HQ", "投诉分析测试分行", "Complaint analysis test branch");
        orgUnits.create(subBranch, OrgUnitType.SUB_BRANCH, branch, "投诉分析测试支行", "Complaint analysis test sub-branch");
        agent = staff.newUser(branch, "agent", false);
        subAgent = staff.newUser(subBranch, "agent", false);
        supervisor = staff.newUser(branch, "supervisor", false);
        manager = staff.newUser(branch, "manager", false);
    }

    record Complaint(long id, String number) {
    }

    /** A complaint opened through the API by {@code username}, for {@code customer} (null: a contact only). */
    Complaint open(String username, String customer, String subject, String description) throws Exception {
        String who = customer == null ? "\"contact\":{\"name\":\"赵六\",\"mobile\":\"13912345678\"}"
                : "\"customerNumber\":\"" + customer + "\"";
        String body = "{\"kind\":\"complaint\",\"channel\":\"phone\",\"subject\":\"" + subject
                + "\",\"description\":\"" + description + "\"," + who + "}";
        String number = JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as(username))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
        long id = jdbc.sql("select id from service_case where number = ?").param(number).query(Long.class).single();
        return new Complaint(id, number);
    }

    /** A new customer of the branch, so repeat detection sees only this test's complaints. */
    String customer() throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/customers").with(staff.as(agent))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"李四\",\"customerType\":\"INDIVIDUAL\",\"orgUnitCode\":\"" + branch + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
    }

    Complaint open(String username) throws Exception {
        return open(username, null, "统计测试", "统计测试投诉");
    }
}
