package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnitType;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Which calendar applies: the channel's, else the nearest assigned unit up the tree, else the default. */
@KefuTest
class CalendarAssignmentTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calendars calendars;
    @Autowired
    OrgUnits orgUnits;

    private String calendar() throws Exception {
        String code = CalendarsApiTests.newCode();
        mvc.perform(post("/api/v1/sla/calendars").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"settings\":{\"nameZh\":\"x\",\"nameEn\":\"x\",\"zone\":\"Asia/Shanghai\",\"hours\":{\"MONDAY\":[\"09:00-10:00\"]}}}"
                                .formatted(code)))
                .andExpect(status().isCreated());
        return code;
    }

    private void assignUnit(String unit, String calendar) throws Exception {
        mvc.perform(put("/api/v1/sla/calendars/assignments/units/{u}", unit).with(staff.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(calendar == null ? "{\"calendar\":null}" : "{\"calendar\":\"" + calendar + "\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void unitsInheritTheNearestAssignmentAndChannelsOverride() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String upper = "CA" + suffix;
        String lower = "CB" + suffix;
        orgUnits.create(upper, OrgUnitType.SUB_BRANCH, "BJ", "上级" + suffix, "Upper " + suffix);
        orgUnits.create(lower, OrgUnitType.DEPARTMENT, upper, "下级" + suffix, "Lower " + suffix);
        String a = calendar();
        String b = calendar();

        assertThat(calendars.forUnit(lower, null).code()).isEqualTo("CN-MAINLAND");
        assertThat(calendars.forUnit(lower, "online_chat").code()).isEqualTo("24X7");
        assertThat(calendars.forUnit(lower, "wechat").code()).isEqualTo("24X7");
        assertThat(calendars.forUnit(lower, "phone").code()).isEqualTo("CN-MAINLAND");
        assertThat(calendars.forUnit("NO-SUCH-UNIT", null).code()).isEqualTo("CN-MAINLAND");

        assignUnit(upper, a);
        assertThat(calendars.forUnit(upper, null).code()).isEqualTo(a);
        assertThat(calendars.forUnit(lower, null).code()).isEqualTo(a);
        assertThat(calendars.forUnit(lower, "mobile_banking").code()).isEqualTo("24X7");
        assertThat(calendars.forUnit("BJ", null).code()).isEqualTo("CN-MAINLAND");

        assignUnit(lower, b);
        assertThat(calendars.forUnit(lower, null).code()).isEqualTo(b);
        assertThat(calendars.forUnit(upper, null).code()).isEqualTo(a);
        mvc.perform(get("/api/v1/sla/calendars/assignments").with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.units." + lower).value(b))
                .andExpect(jsonPath("$.channels.web_banking").value("24X7"));

        assignUnit(lower, null);
        assertThat(calendars.forUnit(lower, null).code()).isEqualTo(a);
    }

    @Test
    void aChannelAssignmentOverridesTheUnitsAndBadTargetsAreRefused() throws Exception {
        String a = calendar();
        try {
            mvc.perform(put("/api/v1/sla/calendars/assignments/channels/letter").with(staff.as("admin"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"calendar\":\"" + a + "\"}"))
                    .andExpect(status().isOk());
            assertThat(calendars.forUnit("BJ-HD", "letter").code()).isEqualTo(a);
            assertThat(calendars.forUnit("BJ-HD", "LETTER").code()).isEqualTo(a);
        } finally {
            mvc.perform(put("/api/v1/sla/calendars/assignments/channels/letter").with(staff.as("admin"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"calendar\":null}")).andExpect(status().isOk());
        }
        assertThat(calendars.forUnit("BJ-HD", "letter").code()).isEqualTo("CN-MAINLAND");
        mvc.perform(put("/api/v1/sla/calendars/assignments/channels/pigeon").with(staff.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"calendar\":\"" + a + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/sla/calendars/assignments/units/BJ").with(staff.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"calendar\":\"NO-SUCH\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("calendar"));
        mvc.perform(put("/api/v1/sla/calendars/assignments/units/BJ").with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"calendar\":\"" + a + "\"}"))
                .andExpect(status().isForbidden());
        assertThat(calendars.forUnit("BJ", null).code()).isEqualTo("CN-MAINLAND");
    }
}
