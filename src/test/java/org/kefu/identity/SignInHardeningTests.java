package org.kefu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.apiclient.ApiClients;
import org.kefu.support.Staff;
import org.kefu.support.TotpCodes;
import org.kefu.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The ways around sign-in rules that a determined insider would try, each closed. */
@KefuTest
class SignInHardeningTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    TotpCodes totpCodes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiClients apiClients;
    @Autowired
    Users users;

    private WebSession passwordOnly(String username, String address) throws Exception {
        WebSession session = new WebSession(mvc, address);
        session.perform(post("/login").with(csrf()).param("username", username).param("password", Staff.PASSWORD));
        return session;
    }

    @Test
    void someoneWithAPasswordCannotEnrolANewSecondFactorInPlaceOfTheOwners() throws Exception {
        String admin = staff.newUser("HQ", "administrator", true);
        WebSession attacker = passwordOnly(admin, "10.4.0.1");
        assertThat(attacker.perform(get("/login/totp/enrol")).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        assertThat(attacker.perform(post("/login/totp/enrol").with(csrf()).param("code", "123456")).getResponse()
                .getRedirectedUrl()).isEqualTo("/login/totp");
        assertThat(attacker.perform(post("/login/totp/continue").with(csrf())).getResponse().getRedirectedUrl())
                .isEqualTo("/login/totp");
        assertThat(attacker.perform(get("/admin/users")).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
    }

    @Test
    void wrongCodesLockTheAccountEvenWhenThePasswordIsEnteredAgainBetweenThem() throws Exception {
        String user = staff.newUser("BJ", "administrator", true);
        for (int round = 0; round < 3; round++) {
            WebSession session = passwordOnly(user, "10.4.0.2");
            session.perform(post("/login/totp").with(csrf()).param("code", "000000"));
        }
        assertThat(jdbc.sql("select locked_until > now() from app_user where username = ?").param(user)
                .query(Boolean.class).single()).as("3 passwords + 3 wrong codes exceed the allowance of 5").isTrue();
        WebSession late = new WebSession(mvc, "10.4.0.2");
        assertThat(late.perform(post("/login").with(csrf()).param("username", user).param("password", Staff.PASSWORD))
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error=locked");
    }

    @Test
    void holdersOfTheUnmaskPermissionMustEnrol() throws Exception {
        String compliance = staff.newUser("HQ", "compliance_officer", false);
        assertThat(passwordOnly(compliance, "10.4.0.3").perform(get("/admin/users")).getResponse().getRedirectedUrl())
                .isEqualTo("/login/totp");
        WebSession again = new WebSession(mvc, "10.4.0.3");
        assertThat(again.perform(post("/login").with(csrf()).param("username", compliance).param("password", Staff.PASSWORD))
                .getResponse().getRedirectedUrl()).isEqualTo("/login/totp/enrol");
    }

    @Test
    void noOneRaisesTheirOwnRolesThroughAPersonalToken() throws Exception {
        String admin = staff.newUser("HQ", "administrator", true);
        StaffUser me = users.findByUsername(admin).orElseThrow();
        String key = apiClients.create(admin + "-script", "PERSONAL", null, me.orgUnitId(), me.id(),
                Set.of("identity.users.manage", "data.scope.global"), admin).key();
        var response = mvc.perform(put("/api/v1/users/" + admin).header("Authorization", "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON).content("{\"orgUnitCode\":\"HQ\",\"roles\":[\"administrator\","
                        + "\"auditor\"],\"enabled\":true,\"version\":" + me.version() + "}")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(users.findByUsername(admin).orElseThrow().roles()).containsExactly("administrator");
    }

    @Test
    void aBranchUserAdministratorCannotCreateSomeoneMorePowerful() throws Exception {
        jdbc.sql("insert into app_role (code, name_zh, name_en) values ('branch_admin', '分行用户管理员',"
                + " 'Branch user admin') on conflict do nothing").update();
        jdbc.sql("insert into role_permission values ('branch_admin', 'identity.users.manage') on conflict do nothing").update();
        String branchAdmin = staff.newUser("BJ", "branch_admin", false);
        long before = jdbc.sql("select count(*) from app_user").query(Long.class).single();
        var response = mvc.perform(post("/api/v1/users").with(staff.as(branchAdmin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + branchAdmin + "x\",\"displayName\":\"x\",\"orgUnitCode\":\"BJ\","
                        + "\"roles\":[\"administrator\"],\"password\":\"" + Staff.PASSWORD + "\"}")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"field\":\"roles\"");
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void disablingAUserEndsTheirSessionsAtOnce() throws Exception {
        String agent = staff.newUser("SH", "agent", false);
        WebSession session = passwordOnly(agent, "10.4.0.4");
        assertThat(session.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
        StaffUser user = users.findByUsername(agent).orElseThrow();
        mvc.perform(put("/api/v1/users/" + agent).with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"orgUnitCode\":\"SH\",\"roles\":[\"agent\"],\"enabled\":false,\"version\":" + user.version() + "}"));
        assertThat(session.perform(get("/account")).getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(passwordOnly(agent, "10.4.0.4").perform(get("/account")).getResponse().getRedirectedUrl())
                .as("and they cannot sign in again").isEqualTo("/login");
    }

    @Test
    void aPersonalTokenFollowsItsOwnerToAnotherUnit() throws Exception {
        String agent = staff.newUser("BJ", "agent", false);
        StaffUser user = users.findByUsername(agent).orElseThrow();
        String key = apiClients.create(agent + "-t", "PERSONAL", null, user.orgUnitId(), user.id(),
                Set.of("identity.org-units.read"), agent).key();
        assertThat(status(key, "/api/v1/org-units/BJ")).isEqualTo(200);
        jdbc.sql("update app_user set org_unit_id = (select id from org_unit where code = 'SH') where id = ?")
                .param(user.id()).update();
        assertThat(status(key, "/api/v1/org-units/BJ")).isEqualTo(404);
        assertThat(status(key, "/api/v1/org-units/SH")).isEqualTo(200);
    }

    @Test
    void aSignedInPageSessionDoesNotOpenTheApi() throws Exception {
        WebSession session = new WebSession(mvc, "10.4.0.5");
        session.perform(post("/login").with(csrf()).param("username", "agent.sh")
                .param("password", SignInBrowserTests.PASSWORD));
        assertThat(session.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
        assertThat(session.perform(get("/api/v1/org-units")).getResponse().getStatus()).isEqualTo(401);
    }

    private int status(String key, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + key)).andReturn().getResponse().getStatus();
    }
}
