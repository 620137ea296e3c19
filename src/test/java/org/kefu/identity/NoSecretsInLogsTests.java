package org.kefu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.kefu.support.TotpCodes;
import org.kefu.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whatever Kefu logs while people sign in (right and wrong), give codes, and channels call with keys,
 * no password, key, TOTP secret or code, and no personal datum reaches the application log.
 */
@KefuTest
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TotpCodes totpCodes;
    @Autowired
    Staff staff;

    @Test
    void signInsCodesAndKeysLeaveNoSecretInTheLog(CapturedOutput output) throws Exception {
        String wrongPassword = "Wr0ng-but-secret-guess-7781";
        String admin = staff.newUser("HQ", "administrator", true);
        WebSession session = new WebSession(mvc, "10.2.0.1");
        session.perform(post("/login").with(csrf()).param("username", admin).param("password", wrongPassword));
        session.perform(post("/login").with(csrf()).param("username", admin).param("password", Staff.PASSWORD));
        session.perform(post("/login/totp").with(csrf()).param("code", "999999"));
        String code = totpCodes.next(admin, Staff.TOTP_SECRET);
        session.perform(post("/login/totp").with(csrf()).param("code", code));
        session.perform(get("/account"));

        mvc.perform(get("/api/v1/org-units").header("Authorization", "Bearer kefu_demo_mobile_key"));
        mvc.perform(get("/api/v1/org-units").header("Authorization", "Bearer kefu_wrong_key_4242424242"));
        String newPassword = "Totally-new-passphrase-9090";
        mvc.perform(post("/api/v1/users").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"log" + System.nanoTime() % 100000 + "\",\"displayName\":\"郑晓红\","
                        + "\"orgUnitCode\":\"SH\",\"roles\":[\"agent\"],\"password\":\"" + newPassword + "\"}"));

        assertThat(output.getAll()).doesNotContain(wrongPassword, Staff.PASSWORD, newPassword, Staff.TOTP_SECRET, "kefu_demo_mobile_key", "kefu_wrong_key_4242424242",
                "郑晓红");
        assertThat(output.getAll()).as("the code is six digits: look for it only next to 'code'")
                .doesNotContainPattern("code\\W{0,3}" + code);
    }
}
