package org.kefu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Channel API keys: issued once, stored hashed, scoped, usable until revoked, rate-limited. */
@KefuTest
class ApiKeyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private String[] issue(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/api-clients").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"channel\":\"wechat\",\"orgUnitCode\":\"SH\","
                                + "\"permissions\":[\"identity.org-units.read\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var tree = json.readTree(body);
        return new String[] {tree.path("key").asString(), tree.path("client").path("id").asString()};
    }

    @Test
    void aKeyIsShownOnceStoredHashedAndRecordsItsUse() throws Exception {
        String name = "wechat-" + System.nanoTime() % 1_000_000;
        String[] issued = issue(name);
        assertThat(issued[0]).startsWith("kefu_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select count(*) from api_client where key_hash = ? or key_prefix = ?")
                .params(issued[0], issued[0]).query(Long.class).single()).as("the key itself is not stored").isZero();
        mvc.perform(get("/api/v1/api-clients").with(staff.as("admin")).param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(name)
                        .doesNotContain(issued[0]));

        mvc.perform(get("/api/v1/org-units/SH").header("Authorization", "Bearer " + issued[0]))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("SH"));
        assertThat(jdbc.sql("select last_used_at is not null from api_client where name = ?").param(name)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() throws Exception {
        String[] issued = issue("cti-" + System.nanoTime() % 1_000_000);
        mvc.perform(get("/api/v1/org-units").header("Authorization", "Bearer " + issued[0])).andExpect(status().isOk());
        mvc.perform(post("/api/v1/api-clients/{id}/revoke", issued[1]).with(staff.as("admin")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/org-units").header("Authorization", "Bearer " + issued[0]))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/unauthorized"));
        mvc.perform(post("/api/v1/api-clients/{id}/revoke", issued[1]).with(staff.as("admin")))
                .andExpect(status().isConflict());
    }

    @Test
    void aKeyCannotCarryPermissionsItsIssuerLacks() throws Exception {
        long before = jdbc.sql("select count(*) from api_client").query(Long.class).single();
        mvc.perform(post("/api/v1/api-clients").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"greedy-one\",\"channel\":\"wechat\",\"orgUnitCode\":\"SH\","
                                + "\"permissions\":[\"audit.archive\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("permissions"));
        mvc.perform(post("/api/v1/api-clients").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Bad Name\",\"channel\":\"fax\",\"permissions\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "name", "channel", "orgUnitCode", "permissions")));
        assertThat(jdbc.sql("select count(*) from api_client").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfter() throws Exception {
        String[] issued = issue("burst-" + System.nanoTime() % 1_000_000);
        int ok = 0;
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 150 && limited == 0; i++) {
            var response = mvc.perform(get("/api/v1/org-units/SH").header("Authorization", "Bearer " + issued[0]))
                    .andReturn().getResponse();
            if (response.getStatus() == 429) {
                limited++;
                retryAfter = response.getHeader("Retry-After");
                assertThat(response.getContentAsString()).contains("/problems/too-many-requests");
            } else {
                ok++;
            }
        }
        assertThat(limited).isEqualTo(1);
        assertThat(ok).isGreaterThanOrEqualTo(60);
        assertThat(retryAfter).matches("[1-9]\\d*");
        mvc.perform(get("/api/v1/org-units/BJ").header("Authorization", "Bearer kefu_demo_mobile_key"))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownKeyIsA401AndNeverAnonymous() throws Exception {
        mvc.perform(get("/api/v1/org-units").header("Authorization", "Bearer kefu_not_a_real_key_at_all"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/org-units")).andExpect(status().isUnauthorized());
    }
}
