package org.kefu.cases;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.kefu.support.Staff;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Cases opened the way staff open them, for tests that need one. */
final class CaseFixtures {

    static final String COUNTER_COMPLAINT = """
            {"kind":"complaint","channel":"branch_counter","subject":"手续费疑问",
             "description":"客户对跨行转账手续费有疑问","contact":{"name":"赵六","mobile":"13912345678"}}""";

    private CaseFixtures() {
    }

    static String open(MockMvc mvc, Staff staff, String username) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as(username))
                        .contentType(MediaType.APPLICATION_JSON).content(COUNTER_COMPLAINT))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
    }
}
