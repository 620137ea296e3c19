package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The calendars page in both languages, its forms, and errors shown beside the fields. */
@KefuTest
class CalendarPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    private String create() throws Exception {
        String code = CalendarsApiTests.newCode();
        mvc.perform(post("/api/v1/sla/calendars").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"settings\":{\"nameZh\":\"页面日历\",\"nameEn\":\"Page calendar\",\"zone\":\"Asia/Shanghai\",\"hours\":{\"MONDAY\":[\"09:00-12:00\"]}}}"
                                .formatted(code)))
                .andExpect(status().isCreated());
        return code;
    }

    private long days(String code) {
        return jdbc.sql("select count(*) from sla_calendar_day d join sla_calendar c on c.id = d.calendar_id where c.code = ?")
                .param(code).query(Long.class).single();
    }

    @Test
    void theSeededCalendarShowsItsHoursAndTheYearsHolidays() throws Exception {
        String zh = mvc.perform(get("/sla/calendars").param("code", "CN-MAINLAND").param("year", "2026")
                        .with(staff.as("agent.bj")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("工作日历", "09:00-12:00, 13:30-17:30", "2026-10-10", "调休上班日", "国庆节", "2026 年特殊日期")
                .doesNotContain("id=\"day-form\"");
        String en = mvc.perform(get("/sla/calendars").param("code", "CN-MAINLAND").param("year", "2026")
                        .with(staff.as("admin")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Working calendars", "Make-up working day", "Spring Festival", "id=\"day-form\"",
                "id=\"import-form\"", "Special days of 2026");
        mvc.perform(get("/sla/calendars").with(staff.as("auditor.hq"))).andExpect(status().isForbidden());
    }

    @Test
    void theFormsSaveAndShowErrorsBesideTheFields() throws Exception {
        String code = create();
        mvc.perform(post("/sla/calendars/{c}/days", code).with(staff.as("admin")).with(csrf())
                        .param("date", "2032-05-03").param("type", "HOLIDAY").param("nameZh", "劳动节").param("nameEn", "Labour Day"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sla/calendars?code=" + code + "&year=2032&saved=day"));
        assertThat(days(code)).isEqualTo(1);
        String page = mvc.perform(post("/sla/calendars/{c}/days", code).with(staff.as("admin")).with(csrf())
                        .header("Accept-Language", "en")
                        .param("date", "2032-13-03").param("type", "HOLIDAY").param("nameZh", "").param("nameEn", "Labour Day"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"day-date-error\">Must be a date like 2026-10-01.",
                "id=\"day-nameZh-error\">Required, at most 100 characters.");
        String imported = mvc.perform(post("/sla/calendars/{c}/import", code).with(staff.as("admin")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("year", "2032")
                        .param("csv", HolidayCsv.HEADER + "\n2032-10-01,国庆节,National Day,HOLIDAY,\n2033-10-02,国庆节,National Day,NOPE,\n"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(imported).contains("line[3].date: 日期不在导入的年份内。", "line[3].type: 必须是 HOLIDAY 或 WORKDAY。");
        assertThat(days(code)).isEqualTo(1);
        mvc.perform(post("/sla/calendars/{c}/import", code).with(staff.as("agent.bj")).with(csrf())
                        .param("year", "2032").param("csv", HolidayCsv.HEADER + "\n"))
                .andExpect(status().isForbidden());
        assertThat(days(code)).isEqualTo(1);
    }

    @Test
    void aNameWithACommaIsRefusedBesideTheNameNotAsABrokenCsvRow() throws Exception {
        String code = create();
        String page = mvc.perform(post("/sla/calendars/{c}/days", code).with(staff.as("admin")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("date", "2032-10-01").param("type", "HOLIDAY")
                        .param("nameZh", "国庆节,中秋节").param("nameEn", "National Day"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"day-nameZh-error\">名称中不能包含逗号或换行。");
        assertThat(days(code)).isZero();
    }
}
