package org.kefu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The profile and search pages show masked data; demo customers exist; nothing personal is logged. */
@KefuTest
@ExtendWith(OutputCaptureExtension.class)
class CustomerPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theProfileShowsMaskedDataAndNoInteractionsYet(CapturedOutput output) throws Exception {
        String id = CustomerFixtures.idNumber();
        String mobile = CustomerFixtures.mobile();
        String number = CustomerFixtures.create(mvc, staff, "agent.bj", CustomerFixtures.body("诸葛亮", id, mobile, "BJ"));
        String page = mvc.perform(get("/customers/" + number).with(staff.as("agent.bj"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("诸**", mobile.substring(0, 3) + "****" + mobile.substring(7),
                id.substring(0, 4) + "**********" + id.substring(14), "北京市海淀区****", "平衡型", "理财产品",
                "暂无往来记录", "marketing",
                "定期回访到期：2020-01-01");
        assertThat(page).doesNotContain(mobile, id, "诸葛亮", "zhang.wei", "中关村");
        assertThat(page).as("agents cannot reveal, so they are not offered to").doesNotContain("reason-mobile");
        String compliance = mvc.perform(get("/customers/" + number).with(staff.as("compliance.hq")))
                .andReturn().getResponse().getContentAsString();
        assertThat(compliance).contains("reason-mobile");
        String found = mvc.perform(post("/customers/lookup").with(csrf()).param("mobile", mobile)
                        .with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).contains(number, mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(found.split(mobile, -1)).as("the number typed stays in the search box, the list shows it masked")
                .hasSize(2);
        mvc.perform(get("/customers").param("name", "诸葛").with(staff.as("agent.sh")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(number))));
        String revealed = mvc.perform(post("/customers/" + number + "/reveal").with(staff.as("compliance.hq"))
                        .with(csrf()).param("field", "idNumber").param("reason", "客户来电核对身份"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(revealed).as("without htmx the whole profile comes back with the one value in place")
                .contains("id=\"value-idNumber\">" + id + "<").doesNotContain(mobile);
        assertThat(output.getAll()).doesNotContain(mobile, id, "诸葛亮", "zhang.wei@example.com", "中关村大街");
    }

    @Test
    void demoCustomersAreSpreadOverTheThreeUnitsWithValidIdNumbers() throws Exception {
        var perUnit = jdbc.sql("select o.code, count(*) from customer c join org_unit o on o.id = c.org_unit_id"
                + " where c.number <= 'C0000000036' group by o.code").query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2))
                .list();
        assertThat(perUnit).containsExactlyInAnyOrder("BJ=12", "BJ-HD=12", "SH=12");
        mvc.perform(get("/api/v1/customers").param("size", "100").with(staff.as("agent.sh")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"orgUnitCode\":\"SH\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("\"orgUnitCode\":\"BJ\""))));
        String revealed = mvc.perform(post("/api/v1/customers/C0000000001/reveal").with(staff.as("compliance.hq"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"idNumber\",\"reason\":\"演示数据检查\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ResidentIds.valid(JsonPath.read(revealed, "$.value"))).isTrue();
    }
}
