package org.kefu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.ScopeProbe;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Customers through the API: encrypted at rest, found by blind index, masked, validated, scoped, versioned. */
@KefuTest
class CustomerApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder lookup(String body) {
        return post("/api/v1/customers/lookup").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from customer) + (select count(*) from customer_consent)")
                .query(Long.class).single();
    }

    @Test
    void personalDataIsEncryptedAtRest() throws Exception {
        String id = CustomerFixtures.idNumber();
        String mobile = CustomerFixtures.mobile();
        String number = CustomerFixtures.create(mvc, staff, "agent.bj", CustomerFixtures.body("张伟", id, mobile, "BJ"));
        Map<String, Object> row = jdbc.sql("select * from customer where number = ?").param(number).query().singleRow();
        String stored = row.toString();
        assertThat(stored).doesNotContain(id, mobile, "zhang.wei", "中关村", "1985-03-07");
        for (String column : new String[] {"id_number_enc", "mobile_enc", "email_enc", "address_enc", "birth_date_enc"}) {
            assertThat((String) row.get(column)).as(column).startsWith("v1:test-2:");
        }
        assertThat((String) row.get("mobile_idx")).matches("[0-9a-f]{64}");
    }

    @Test
    void findsByMobileAndIdNumberThroughTheBlindIndexAndShowsThemMasked() throws Exception {
        String id = CustomerFixtures.idNumber();
        String mobile = CustomerFixtures.mobile();
        String number = CustomerFixtures.create(mvc, staff, "agent.bj", CustomerFixtures.body("欧阳娜娜", id, mobile, "BJ"));
        String spaced = mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
        mvc.perform(lookup("{\"mobile\":\"" + spaced + "\"}").with(staff.as("agent.bj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].number").value(Matchers.contains(number)));
        mvc.perform(lookup("{\"idNumber\":\"" + id + "\"}").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.contains(number)))
                .andExpect(jsonPath("$.items[0].idNumber").value(id.substring(0, 4) + "**********" + id.substring(14)))
                .andExpect(jsonPath("$.items[0].mobile").value(mobile.substring(0, 3) + "****" + mobile.substring(7)))
                .andExpect(jsonPath("$.items[0].name").value("欧***"))
                .andExpect(jsonPath("$.items[0].email").value("z********@example.com"))
                .andExpect(jsonPath("$.items[0].address").value("北京市海淀区****"))
                .andExpect(jsonPath("$.items[0].birthDate").value("1985-**-**"))
                .andExpect(content().string(Matchers.not(Matchers.containsString(mobile))));
        mvc.perform(get("/api/v1/customers").param("name", "欧阳").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.hasItem(number)));
        mvc.perform(get("/api/v1/customers").param("name", "阳娜").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.not(Matchers.hasItem(number))));
    }

    @Test
    void badInputNamesEachFieldAndWritesNothing() throws Exception {
        long before = rows();
        mvc.perform(post("/api/v1/customers").with(staff.as("agent.bj")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"mobile\":\"12345\",\"email\":\"not-an-email\",\"orgUnitCode\":\"BJ\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "name", "mobile", "email", "customerType")));
        String wrongCheckDigit = CustomerFixtures.idNumber().substring(0, 17) + "Z";
        mvc.perform(post("/api/v1/customers").with(staff.as("agent.bj")).contentType(MediaType.APPLICATION_JSON)
                        .content(CustomerFixtures.body("李四", wrongCheckDigit, CustomerFixtures.mobile(), "SH")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("idNumber", "orgUnitCode")));
        mvc.perform(post("/api/v1/customers").with(staff.as("agent.bj")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"李四\",\"customerType\":\"INDIVIDUAL\",\"orgUnitCode\":\"BJ\",\"salary\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("salary"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aStaleVersionIsA409AndTheFirstChangeStays() throws Exception {
        String id = CustomerFixtures.idNumber();
        String number = CustomerFixtures.create(mvc, staff, "agent.bj",
                CustomerFixtures.body("赵敏", id, CustomerFixtures.mobile(), "BJ"));
        String change = CustomerFixtures.body("赵敏", id, "13812345678", "BJ-HD")
                .replace("\"tags\":[\"VIP\"]}", "\"tags\":[],\"version\":0}");
        mvc.perform(put("/api/v1/customers/" + number).with(staff.as("agent.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orgUnitCode").value("BJ-HD"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/customers/" + number).with(staff.as("agent.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content(change.replace("BJ-HD", "BJ")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/conflict"));
        assertThat(jdbc.sql("select o.code from customer c join org_unit o on o.id = c.org_unit_id where number = ?")
                .param(number).query(String.class).single()).isEqualTo("BJ-HD");
        mvc.perform(put("/api/v1/customers/" + number).with(staff.as("agent.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content(change.replace(",\"version\":0", "")
                                .replace("\"name\":\"赵敏\"", "\"name\":\"\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("name")));
    }

    @Test
    void customersOfAnotherBranchAreNotFound() throws Exception {
        String bj = CustomerFixtures.create(mvc, staff, "agent.bj",
                CustomerFixtures.body("钱多多", CustomerFixtures.idNumber(), CustomerFixtures.mobile(), "BJ"));
        String hd = CustomerFixtures.create(mvc, staff, "agent.hd",
                CustomerFixtures.body("孙小美", CustomerFixtures.idNumber(), CustomerFixtures.mobile(), "BJ-HD"));
        String shMobile = CustomerFixtures.mobile();
        String sh = CustomerFixtures.create(mvc, staff, "agent.sh",
                CustomerFixtures.body("阿土伯", CustomerFixtures.idNumber(), shMobile, "SH"));
        new ScopeProbe(mvc, staff.as("agent.bj"))
                .sees("/api/v1/customers/{n}", bj, hd).cannotSee("/api/v1/customers/{n}", sh)
                .sees("/customers/{n}", bj, hd).cannotSee("/customers/{n}", sh);
        new ScopeProbe(mvc, staff.as("agent.hd")).cannotSee("/api/v1/customers/{n}", bj, sh);
        mvc.perform(lookup("{\"mobile\":\"" + shMobile + "\"}").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(put("/api/v1/customers/" + sh).with(staff.as("agent.bj")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"customerType\":\"INDIVIDUAL\",\"orgUnitCode\":\"BJ\",\"version\":0}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void auditorsCannotReadCustomersAndAgentsCannotEraseThem() throws Exception {
        mvc.perform(get("/api/v1/customers").with(staff.as("auditor.hq"))).andExpect(status().isForbidden());
        mvc.perform(get("/customers").with(staff.as("auditor.hq"))).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/customers/C0000000001").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
    }

    @Test
    void exactLookupsInAUrlAreRefusedWithDirectionsToThePost() throws Exception {
        String mobile = CustomerFixtures.mobile();
        mvc.perform(get("/api/v1/customers").param("mobile", mobile).with(staff.as("agent.bj"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("mobile"))
                .andExpect(jsonPath("$.errors[0].code").value("use-post"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("POST /api/v1/customers/lookup")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(mobile))));
        mvc.perform(get("/api/v1/customers").param("idNumber", CustomerFixtures.idNumber()).param("name", "王")
                        .with(staff.as("agent.bj")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("idNumber")));
        mvc.perform(get("/customers").param("mobile", mobile).with(staff.as("agent.bj")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"lookup-in-url\"")))
                .andExpect(content().string(Matchers.containsString("action=\"/customers/lookup\"")));
    }

    @Test
    void aLookupNamesExactlyOneOfMobileAndIdNumberAndNeedsOnlyReading() throws Exception {
        mvc.perform(lookup("{}").with(staff.as("agent.bj")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("mobile", "idNumber")));
        mvc.perform(lookup("{\"mobile\":\"13800138000\",\"idNumber\":\"110101199003074518\"}")
                        .with(staff.as("agent.bj")))
                .andExpect(status().isBadRequest());
        mvc.perform(lookup("{\"mobile\":\"13800138000\",\"nickname\":\"x\"}").with(staff.as("agent.bj")))
                .andExpect(status().isBadRequest());
        mvc.perform(lookup("{\"mobile\":\"13800138000\"}").with(staff.as("auditor.hq")))
                .andExpect(status().isForbidden());
    }
}
