package org.kefu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.apiclient.ApiClients;
import org.kefu.support.Staff;
import org.kefu.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every sign-in, lockout, permission change and key use leaves an audit entry: who, from where, what. */
@KefuTest
class IdentityAuditTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiClients clients;

    private List<Map<String, Object>> entries(String entityId) {
        return jdbc.sql("select actor_type, actor_id, ip, action, outcome, summary, org_unit_code from audit_entry"
                + " where entity_id = ? order by id").param(entityId).query().listOfRows();
    }

    @Test
    void signInsSucceededFailedAndLockedAreAudited() throws Exception {
        String user = staff.newUser("BJ", "agent", false);
        WebSession session = new WebSession(mvc, "10.5.0.1");
        for (int i = 0; i < 5; i++) {
            session.perform(post("/login").with(csrf()).param("username", user).param("password", "wrong guess number " + i));
        }
        jdbc.sql("update app_user set locked_until = null where username = ?").param(user).update();
        session.perform(post("/login").with(csrf()).param("username", user).param("password", Staff.PASSWORD));

        List<Map<String, Object>> trail = entries(user);
        assertThat(trail).extracting(row -> row.get("action")).containsSubsequence("identity.user.created",
                "identity.sign-in.failed", "identity.account.locked", "identity.sign-in.succeeded");
        assertThat(trail).filteredOn(row -> "identity.sign-in.failed".equals(row.get("action"))).hasSize(5)
                .allSatisfy(row -> {
                    assertThat(row.get("outcome")).isEqualTo("FAILURE");
                    assertThat(row.get("ip")).isEqualTo("10.5.0.1");
                });
        assertThat(trail.toString()).doesNotContain("wrong guess number", Staff.PASSWORD);
    }

    @Test
    void roleChangesAndPasswordResetsNameTheAdministrator() throws Exception {
        String user = staff.newUser("SH", "agent", false);
        mvc.perform(put("/api/v1/users/" + user).with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"orgUnitCode\":\"SH\",\"roles\":[\"agent\",\"supervisor\"],\"enabled\":true,\"version\":0}"));
        mvc.perform(post("/api/v1/users/" + user + "/password").with(staff.as("admin"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"another fine passphrase\"}"));

        List<Map<String, Object>> trail = entries(user);
        assertThat(trail).filteredOn(row -> "identity.user.updated".equals(row.get("action"))).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("actor_id")).isEqualTo("admin");
                    assertThat(row.get("org_unit_code")).isEqualTo("HQ");
                    assertThat((String) row.get("summary")).contains("agent -> agent,supervisor");
                });
        assertThat(trail).extracting(row -> row.get("action")).contains("identity.user.password-reset");
        assertThat(trail.toString()).doesNotContain("another fine passphrase");
    }

    @Test
    void keyUseIsAuditedAtMostOnceAMinute() throws Exception {
        long before = jdbc.sql("select count(*) from audit_entry where action = 'identity.api-key.used'"
                + " and entity_id = 'demo-mobile-app'").query(Long.class).single();
        jdbc.sql("update api_client set last_used_at = null where name = 'demo-mobile-app'").update();
        // The row changed behind Kefu's back: without this, a use remembered from an earlier test would stand.
        clients.forgetCachedKeys();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/org-units").header("Authorization", "Bearer kefu_demo_mobile_key"));
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.api-key.used'"
                + " and entity_id = 'demo-mobile-app'").query(Long.class).single()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select actor_type from audit_entry where action = 'identity.api-key.used'"
                + " and entity_id = 'demo-mobile-app' order by id desc limit 1").query(String.class).single())
                .isEqualTo("API_CLIENT");
    }
}
