package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar admin API: creating, editing, special days, csv imports, permissions and the audit trail. */
@KefuTest
class CalendarsApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Calendars calendars;

    static String newCode() {
        return "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private void create(String code) throws Exception {
        mvc.perform(post("/api/v1/sla/calendars").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","settings":{"nameZh":"测试日历","nameEn":"Test calendar","zone":"Asia/Shanghai",
                                 "alwaysOpen":false,"hours":{"MONDAY":["09:00-12:00","13:30-17:30"],"TUESDAY":["09:00-12:00","13:30-17:30"],
                                 "WEDNESDAY":["09:00-12:00","13:30-17:30"],"THURSDAY":["09:00-12:00","13:30-17:30"],
                                 "FRIDAY":["09:00-12:00","13:30-17:30"]}}}""".formatted(code)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.hours.MONDAY[1]").value("13:30-17:30"));
    }

    private long days(String code) {
        return jdbc.sql("select count(*) from sla_calendar_day d join sla_calendar c on c.id = d.calendar_id where c.code = ?")
                .param(code).query(Long.class).single();
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    void theSeededCalendarsAreThere() throws Exception {
        mvc.perform(get("/api/v1/sla/calendars/CN-MAINLAND").param("year", "2026").with(staff.as("agent.bj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.defaultCalendar").value(true))
                .andExpect(jsonPath("$.hours.FRIDAY").value(Matchers.contains("09:00-12:00", "13:30-17:30")))
                .andExpect(jsonPath("$.hours.SATURDAY").isEmpty())
                .andExpect(jsonPath("$.days.length()").value(39));
        assertThat(days("CN-MAINLAND")).isEqualTo(258);
        WorkingCalendar cn = calendars.byCode("CN-MAINLAND");
        assertThat(cn.endOfWorkingDays(at("2026-09-30T10:00:00+08:00"), 2)).isEqualTo(at("2026-10-09T17:30:00+08:00"));
        assertThat(cn.endOfWorkingDays(at("2026-09-30T10:00:00+08:00"), 7)).isEqualTo(at("2026-10-15T17:30:00+08:00"));
        assertThat(calendars.byCode("24X7").isWorking(at("2026-10-01T03:00:00+08:00"))).isTrue();
    }

    @Test
    void specialDaysChangeTheArithmeticAtOnceAndAreAudited() throws Exception {
        String code = newCode();
        create(code);
        Instant friday = at("2030-03-01T17:00:00+08:00");
        assertThat(calendars.byCode(code).endOfWorkingDays(friday, 1)).isEqualTo(at("2030-03-04T17:30:00+08:00"));
        mvc.perform(put("/api/v1/sla/calendars/{c}/days/2030-03-04", code).with(staff.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"HOLIDAY\",\"nameZh\":\"测试假日\",\"nameEn\":\"Test holiday\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/sla/calendars/{c}/days/2030-03-02", code).with(staff.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"WORKDAY\",\"nameZh\":\"调休\",\"nameEn\":\"Make-up day\"}"))
                .andExpect(status().isOk());
        // Saturday 03-02 is now working, Monday 03-04 is not.
        assertThat(calendars.byCode(code).endOfWorkingDays(friday, 1)).isEqualTo(at("2030-03-02T17:30:00+08:00"));
        assertThat(calendars.byCode(code).endOfWorkingDays(friday, 2)).isEqualTo(at("2030-03-05T17:30:00+08:00"));
        mvc.perform(delete("/api/v1/sla/calendars/{c}/days/2030-03-02", code).with(staff.as("admin")))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/sla/calendars/{c}/days/2030-03-02", code).with(staff.as("admin")))
                .andExpect(status().isNotFound());
        assertThat(calendars.byCode(code).endOfWorkingDays(friday, 1)).isEqualTo(at("2030-03-05T17:30:00+08:00"));
        assertThat(jdbc.sql("select action from audit_entry where entity_type = 'sla-calendar' and entity_id = ? order by id")
                .param(code).query(String.class).list())
                .containsExactly("sla.calendar.created", "sla.calendar.day-set", "sla.calendar.day-set",
                        "sla.calendar.day-deleted");
    }

    @Test
    void editingHoursReplacesThemAndBadHoursNameTheField() throws Exception {
        String code = newCode();
        create(code);
        mvc.perform(put("/api/v1/sla/calendars/{c}", code).with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"nameZh\":\"改\",\"nameEn\":\"Changed\",\"zone\":\"Mars/Olympus\",\"alwaysOpen\":false,"
                                + "\"hours\":{\"MONDAY\":[\"09:00-12:00\",\"11:00-25:00\"]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("zone", "hours.MONDAY[1]")));
        mvc.perform(put("/api/v1/sla/calendars/{c}", code).with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameZh\":\"改\",\"nameEn\":\"Changed\",\"zone\":\"Europe/London\",\"alwaysOpen\":false,"
                                + "\"hours\":{\"SATURDAY\":[\"10:00-14:00\"]}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hours.SATURDAY[0]").value("10:00-14:00"))
                .andExpect(jsonPath("$.hours.MONDAY").isEmpty());
        assertThat(calendars.byCode(code).nextWorkingInstant(at("2030-03-04T12:00:00Z"))).isEqualTo(at("2030-03-09T10:00:00Z"));
        mvc.perform(post("/api/v1/sla/calendars").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"settings\":{\"nameZh\":\"x\",\"nameEn\":\"x\",\"zone\":\"UTC\",\"hours\":{\"MONDAY\":[\"09:00-10:00\"]}}}"
                                .formatted(code)))
                .andExpect(status().isConflict());
    }

    @Test
    void aBadCsvNamesEveryBadRowAndWritesNothing() throws Exception {
        String code = newCode();
        create(code);
        mvc.perform(post("/api/v1/sla/calendars/{c}/years/2031", code).with(staff.as("admin"))
                        .contentType("text/csv").content("date,name_zh,name_en,type,holiday_of\n2031-01-01,元旦节,New Year's Day,HOLIDAY,2031-01-01\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days").value(1));
        String bad = """
                date,name_zh,name_en,type,holiday_of
                2031-10-01,国庆节,National Day,HOLIDAY,2031-10-01
                2031-10-32,国庆节,National Day,HOLIDAY,2031-10-01
                2031-10-03,,National Day,DAYOFF,2031-10-01
                2030-10-04,国庆节,National Day,HOLIDAY,2031-10-01
                2031-10-01,国庆节,National Day,HOLIDAY,2031-10-01
                2031-10-05,国庆节
                """;
        mvc.perform(post("/api/v1/sla/calendars/{c}/years/2031", code).with(staff.as("admin"))
                        .contentType("text/csv").content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("line[3].date", "line[4].name_zh",
                        "line[4].type", "line[5].date", "line[6].date", "line[7].columns")));
        assertThat(days(code)).isEqualTo(1);
        mvc.perform(post("/api/v1/sla/calendars/{c}/years/2031", code).with(staff.as("admin"))
                        .contentType("text/csv").content("day,name\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("line[1]"));
        mvc.perform(post("/api/v1/sla/calendars/{c}/years/2031", code).with(staff.as("admin"))
                        .contentType("text/csv").content(bad.lines().limit(2).reduce("", (a, b) -> a + b + "\n")))
                .andExpect(status().isOk());
        assertThat(days(code)).isEqualTo(1);
        assertThat(jdbc.sql("select day::text from sla_calendar_day d join sla_calendar c on c.id = d.calendar_id where c.code = ?")
                .param(code).query(String.class).single()).isEqualTo("2031-10-01");
    }

    @Test
    void readingNeedsTheReadPermissionAndChangingTheManageOne() throws Exception {
        mvc.perform(get("/api/v1/sla/calendars").with(staff.as("auditor.hq"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sla/calendars").with(staff.as("agent.bj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(Matchers.hasItems("CN-MAINLAND", "24X7")));
        long before = jdbc.sql("select count(*) from sla_calendar_day").query(Long.class).single();
        mvc.perform(put("/api/v1/sla/calendars/CN-MAINLAND/days/2030-01-02").with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"HOLIDAY\",\"nameZh\":\"x\",\"nameEn\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sla/calendars/CN-MAINLAND/years/2030").with(staff.as("agent.bj"))
                        .contentType("text/csv").content(HolidayCsv.HEADER + "\n"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from sla_calendar_day").query(Long.class).single()).isEqualTo(before);
        mvc.perform(get("/api/v1/sla/calendars/NOPE").with(staff.as("agent.bj"))).andExpect(status().isNotFound());
    }

    @Test
    void aBranchAdministratorAssignsCalendarsInTheirBranchButChangesNoBankWideCalendar() throws Exception {
        // Built-in administrators see the whole bank; a bank may define a branch role that manages calendars.
        jdbc.sql("insert into app_role (code, name_zh, name_en) values ('branch_calendars', '分行日历管理', 'Branch calendars')"
                + " on conflict do nothing").update();
        jdbc.sql("insert into role_permission (role_code, permission) values ('branch_calendars', 'sla.calendars.read'),"
                + " ('branch_calendars', 'sla.calendars.manage') on conflict do nothing").update();
        String branchAdmin = staff.newUser("BJ", "branch_calendars", false);
        String code = newCode();
        create(code);
        mvc.perform(put("/api/v1/sla/calendars/{c}/days/2032-05-03", code).with(staff.as(branchAdmin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"HOLIDAY\",\"nameZh\":\"劳动节\",\"nameEn\":\"Labour Day\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/sla/calendars/assignments/channels/phone").with(staff.as(branchAdmin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"calendar\":\"" + code + "\"}"))
                .andExpect(status().isForbidden());
        assertThat(days(code)).isZero();
        assertThat(calendars.channelAssignments()).doesNotContainKey("phone");
        mvc.perform(put("/api/v1/sla/calendars/assignments/units/BJ-HD").with(staff.as(branchAdmin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"calendar\":\"" + code + "\"}"))
                .andExpect(status().is2xxSuccessful());
        assertThat(calendars.forUnit("BJ-HD", "phone").code()).isEqualTo(code);
        mvc.perform(put("/api/v1/sla/calendars/assignments/units/BJ-HD").with(staff.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"calendar\":null}"))
                .andExpect(status().is2xxSuccessful());
    }

    @Test
    void moreThanEightIntervalsADayAreRefused() throws Exception {
        String nine = String.join(",", java.util.stream.IntStream.range(0, 9)
                .mapToObj(h -> "\"%02d:00-%02d:30\"".formatted(h, h)).toList());
        mvc.perform(post("/api/v1/sla/calendars").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"settings\":{\"nameZh\":\"多段\",\"nameEn\":\"Many\",\"zone\":\"Asia/Shanghai\",\"hours\":{\"MONDAY\":[%s]}}}"
                                .formatted(newCode(), nine)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hours.MONDAY"));
    }
}
