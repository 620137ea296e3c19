package org.kefu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Administering users: validation naming fields, no self-promotion, no lost updates, scope. */
@KefuTest
class UserAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    private long users() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private String unique() {
        return "u" + System.nanoTime() % 1_000_000_000L;
    }

    @Test
    void createsAUserWithUnitAndRoles() throws Exception {
        String name = unique();
        mvc.perform(post("/api/v1/users").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"displayName\":\"吴刚\",\"orgUnitCode\":\"BJ-HD\","
                                + "\"roles\":[\"agent\",\"relationship_manager\"],\"password\":\"haidian counter 2026\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.orgUnitCode").value("BJ-HD"))
                .andExpect(jsonPath("$.roles").value(Matchers.contains("agent", "relationship_manager")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("haidian counter"))));
        assertThat(jdbc.sql("select password_hash from app_user where username = ?").param(name).query(String.class)
                .single()).startsWith("{bcrypt}$2");
    }

    @Test
    void badInputNamesEachFieldAndWritesNothing() throws Exception {
        long before = users();
        mvc.perform(post("/api/v1/users").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"Bad Name\",\"displayName\":\"\",\"roles\":[\"agent\"],\"password\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "username", "displayName", "orgUnitCode")));
        mvc.perform(post("/api/v1/users").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"username\":\"" + unique() + "\",\"displayName\":\"x\",\"orgUnitCode\":\"NOPE\","
                                + "\"roles\":[\"emperor\"],\"password\":\"password123456\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "orgUnitCode", "password", "roles")))
                .andExpect(jsonPath("$.errors[?(@.field=='password')].message").value(
                        Matchers.contains("is too common; choose a longer, less guessable password")));
        mvc.perform(post("/api/v1/users").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"agent.bj\",\"displayName\":\"x\",\"orgUnitCode\":\"BJ\","
                                + "\"roles\":[],\"password\":\"a fine new password\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void nobodyChangesTheirOwnRoles() throws Exception {
        int version = jdbc.sql("select version from app_user where username = 'admin'").query(Integer.class).single();
        mvc.perform(put("/api/v1/users/admin").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orgUnitCode\":\"HQ\",\"roles\":[\"administrator\",\"auditor\"],\"enabled\":true,"
                                + "\"version\":" + version + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
        assertThat(jdbc.sql("select count(*) from user_role ur join app_user u on u.id = ur.user_id"
                + " where u.username = 'admin'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsA409() throws Exception {
        String name = unique();
        mvc.perform(post("/api/v1/users").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + name + "\",\"displayName\":\"x\",\"orgUnitCode\":\"SH\","
                        + "\"roles\":[\"agent\"],\"password\":\"shanghai counter 2026\"}")).andExpect(status().isCreated());
        String edit = "{\"orgUnitCode\":\"%s\",\"roles\":[\"agent\"],\"enabled\":true,\"version\":0}";
        mvc.perform(put("/api/v1/users/" + name).with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content(edit.formatted("BJ"))).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/users/" + name).with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(edit.formatted("SH")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/conflict"));
        assertThat(jdbc.sql("select o.code from app_user u join org_unit o on o.id = u.org_unit_id where username = ?")
                .param(name).query(String.class).single()).isEqualTo("BJ");
    }

    @Test
    void theCreateFormShowsErrorsBesideTheFields() throws Exception {
        long before = users();
        mvc.perform(post("/admin/users").with(staff.as("admin")).with(csrf()).param("username", unique())
                        .param("displayName", "新同事").param("orgUnitCode", "BJ").param("roles", "agent")
                        .param("password", "short").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "password"))
                .andExpect(content().string(Matchers.containsString("至少需要 12 个字符")))
                .andExpect(content().string(Matchers.containsString("id=\"password-error\"")));
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void agentsCannotAdministerUsers() throws Exception {
        mvc.perform(get("/api/v1/users").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
    }
}
