package org.kefu.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.kefu.notification.delivery.MessageStore;
import org.kefu.platform.FieldCipher;
import org.kefu.support.Staff;
import org.kefu.support.WebSession;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Cases, portal conversations and the codes the customer would receive, for the portal's tests. A plain
 * object, not a bean: contexts started without MockMvc (restart and log tests) scan test classes too.
 */
class PortalFixtures {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"(\\d{6})\"");

    private final MockMvc mvc;
    private final Staff staff;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    PortalFixtures(MockMvc mvc, Staff staff, JdbcClient jdbc, FieldCipher cipher) {
        this.mvc = mvc;
        this.staff = staff;
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A conversation from its own client address, so the per-address limits of one test do not touch another. */
    WebSession visitor() {
        return new WebSession(mvc, "10.77." + (ADDRESSES.incrementAndGet() % 250) + "."
                + ThreadLocalRandom.current().nextInt(1, 250));
    }

    static String uniqueMobile() {
        return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A case opened by agent.bj over the API, with the customer's mobile and e-mail as its contact. */
    String staffCase(String mobile, String email) throws Exception {
        String body = """
                {"kind":"complaint","channel":"phone","subject":"网银转账失败","description":"客户称网银转账多次失败",
                 "contact":{"name":"钱七","mobile":"%s","email":"%s"}}""".formatted(mobile, email);
        return JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as("agent.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
    }

    void reply(String number, int version, String text, boolean visibleToCustomer) throws Exception {
        mvc.perform(post("/api/v1/cases/{n}/replies", number).with(staff.as("agent.bj"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"%s\",\"version\":%d,\"visibleToCustomer\":%b}"
                                .formatted(text, version, visibleToCustomer)))
                .andExpect(status().isOk());
    }

    MvcResult requestCode(WebSession visitor, String number) throws Exception {
        return visitor.perform(post("/portal/code").with(csrf()).param("caseNumber", number));
    }

    MvcResult verify(WebSession visitor, String number, String code) throws Exception {
        return visitor.perform(post("/portal/verify").with(csrf()).param("caseNumber", number).param("code", code)
                .header("Accept-Language", "zh-CN"));
    }

    /** The code of the newest one-time-code message of the case, as the customer's phone would show it. */
    String lastCode(String number) {
        String variables = jdbc.sql("select variables from notification_message where correlation = ?"
                        + " and template_key = 'one-time-code' order by id desc limit 1")
                .param(number).query(String.class).single();
        Matcher m = CODE.matcher(cipher.decrypt(MessageStore.VARIABLES_FIELD, variables));
        if (!m.find()) {
            throw new AssertionError("no code in the message");
        }
        return m.group(1);
    }

    /** Recipients (decrypted) of the case's one-time-code messages, as "CHANNEL recipient". */
    List<String> codeRecipients(String number) {
        return jdbc.sql("select channel, recipient from notification_message where correlation = ?"
                        + " and template_key = 'one-time-code' order by id")
                .param(number).query((rs, n) -> rs.getString(1) + " "
                        + cipher.decrypt(MessageStore.RECIPIENT_FIELD, rs.getString(2))).list();
    }

    String codeStatus(String number) {
        return jdbc.sql("select status from portal_code where case_number = ? order by id desc limit 1")
                .param(number).query(String.class).single();
    }
}
