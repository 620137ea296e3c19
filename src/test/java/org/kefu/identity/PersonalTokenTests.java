package org.kefu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A staff member's personal token acts with their permissions and scope, and dies with their role. */
@KefuTest
class PersonalTokenTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonalTokenCarriesItsOwnersScopeAndLosesWhatTheOwnerLoses() throws Exception {
        WebSession agent = new WebSession(mvc, "10.3.0.1");
        agent.perform(post("/login").with(csrf()).param("username", "agent.hd").param("password", SignInBrowserTests.PASSWORD));
        var created = agent.perform(post("/account/tokens").with(csrf()).param("name", "Script " + System.nanoTime() % 10000));
        String key = (String) created.getFlashMap().get("issuedKey");
        assertThat(key).startsWith("kefu_");

        assertThat(status(key, "/api/v1/org-units/BJ-HD")).isEqualTo(200);
        assertThat(status(key, "/api/v1/org-units/BJ")).as("a sub-branch agent does not see the branch").isEqualTo(404);
        assertThat(status(key, "/api/v1/users")).as("no more than the owner may do").isEqualTo(403);

        jdbc.sql("delete from user_role where user_id = (select id from app_user where username = 'agent.hd')"
                + " and role_code = 'agent'").update();
        try {
            assertThat(status(key, "/api/v1/org-units/BJ-HD")).as("the owner lost the permission").isEqualTo(403);
        } finally {
            jdbc.sql("insert into user_role (user_id, role_code) select id, 'agent' from app_user where username = 'agent.hd'")
                    .update();
        }
        assertThat(agent.perform(get("/account")).getResponse().getContentAsString()).contains(key.substring(0, 12));
    }

    private int status(String key, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + key)).andReturn().getResponse().getStatus();
    }
}
