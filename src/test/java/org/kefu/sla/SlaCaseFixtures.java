package org.kefu.sla;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.kefu.support.Staff;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/** Cases opened and worked through the API, for the SLA tests. */
final class SlaCaseFixtures {

    static final String COMPLAINT = """
            {"kind":"complaint","channel":"phone","subject":"手续费疑问",
             "description":"客户对跨行转账手续费有疑问","contact":{"name":"赵六","mobile":"13912345678"}}""";
    static final String CONSULTATION = """
            {"kind":"consultation","channel":"phone","subject":"利率咨询",
             "description":"客户咨询定期存款利率","contact":{"name":"钱七","mobile":"13912345679"}}""";

    private SlaCaseFixtures() {
    }

    static String open(MockMvc mvc, Staff staff, String username, String body) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as(username))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
    }

    static ResultActions step(MockMvc mvc, Staff staff, String username, String number, String action, int version)
            throws Exception {
        String plan = "plan".equals(action) ? ",\"plan\":{\"content\":\"核查\",\"method\":\"phone\"}" : "";
        return mvc.perform(post("/api/v1/cases/{n}/transitions", number).with(staff.as(username))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"" + action + "\",\"version\":" + version + plan + "}"))
                .andExpect(status().isOk());
    }

    static ResultActions json(MockMvc mvc, Staff staff, String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(staff.as(username)).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
