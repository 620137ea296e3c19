package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.notification.delivery.MessageStore;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Cases of known customers: found by number, ID number or mobile in scope, told by their own mobile, on the profile. */
@KefuTest
class CaseCustomerTests {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.kefu.platform.FieldCipher cipher;

    private static String idNumber() {
        String first17 = "11010819850307" + "%03d".formatted(RANDOM.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private String customer(String unit, String idNumber, String mobile) throws Exception {
        return customer(unit, idNumber, mobile, null);
    }

    private String customer(String unit, String idNumber, String mobile, String email) throws Exception {
        String body = """
                {"name":"孙八","gender":"MALE","birthDate":"1985-03-07","idType":"RESIDENT_ID_CARD","idNumber":"%s",
                 "mobile":"%s","customerType":"INDIVIDUAL","riskPreference":"BALANCED","lifecycleStage":"EXISTING",
                 "orgUnitCode":"%s"%s}""".formatted(idNumber, mobile, unit,
                email == null ? "" : ",\"email\":\"" + email + "\"");
        return JsonPath.read(mvc.perform(post("/api/v1/customers").with(staff.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
    }

    private String open(String user, String who) throws Exception {
        return mvc.perform(post("/api/v1/cases").with(staff.as(user)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind":"complaint","channel":"branch_counter","subject":"s","description":"d",%s}"""
                        .formatted(who))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCustomerIsFoundByNumberIdNumberOrMobileWithinTheCallersScope() throws Exception {
        String id = idNumber();
        String mobile = "139" + "%08d".formatted(RANDOM.nextInt(100_000_000));
        String number = customer("BJ-HD", id, mobile);

        String byId = open("agent.bj", "\"idNumber\":\"" + id + "\"");
        assertThat((String) JsonPath.read(byId, "$.customerNumber")).isEqualTo(number);
        String byMobile = open("agent.bj", "\"mobile\":\"" + mobile + "\"");
        assertThat((String) JsonPath.read(byMobile, "$.customerNumber")).isEqualTo(number);
        String byNumber = open("agent.bj", "\"customerNumber\":\"" + number + "\"");
        String caseNumber = JsonPath.read(byNumber, "$.number");
        complaintLetterNotice(caseNumber);
        // Only the acceptance notice: a complaint letter's notice (sent asynchronously) is not what this counts.
        assertThat(jdbc.sql("select count(*) from notification_message where correlation = ? and channel = 'SMS'"
                        + " and template_key = 'case.accepted'")
                .param(caseNumber).query(Long.class).single()).isEqualTo(1);
        assertThat((String) JsonPath.read(byNumber, "$.contact")).isNull();

        long before = jdbc.sql("select count(*) from service_case").query(Long.class).single();
        mvc.perform(post("/api/v1/cases").with(staff.as("agent.sh")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"complaint\",\"channel\":\"phone\",\"subject\":\"s\",\"description\":\"d\","
                                + "\"customerNumber\":\"" + number + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("customerNumber")));
        mvc.perform(post("/api/v1/cases").with(staff.as("agent.bj")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"complaint\",\"channel\":\"phone\",\"subject\":\"s\",\"description\":\"d\","
                                + "\"customerNumber\":\"" + number + "\",\"mobile\":\"" + mobile + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("mobile")));
        assertThat(jdbc.sql("select count(*) from service_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theCustomerProfileListsTheirCasesNewestFirst() throws Exception {
        String number = customer("BJ", idNumber(), "139" + "%08d".formatted(RANDOM.nextInt(100_000_000)));
        String first = JsonPath.read(open("agent.bj", "\"customerNumber\":\"" + number + "\""), "$.number");
        String second = JsonPath.read(open("agent.bj", "\"customerNumber\":\"" + number + "\""), "$.number");
        String page = mvc.perform(get("/customers/{n}", number).with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(first, second);
        assertThat(page.indexOf(second)).isLessThan(page.indexOf(first));
    }

    @Test
    void aMobileSharedByTwoCustomersOrAnErasedCustomerFindsNobody() throws Exception {
        String mobile = "139" + "%08d".formatted(RANDOM.nextInt(100_000_000));
        customer("BJ", idNumber(), mobile);
        customer("BJ-HD", idNumber(), mobile);
        String erased = customer("BJ", idNumber(), "139" + "%08d".formatted(RANDOM.nextInt(100_000_000)));
        jdbc.sql("update customer set erased_at = now() where number = ?").param(erased).update();
        long before = jdbc.sql("select count(*) from service_case").query(Long.class).single();

        for (String who : new String[] {"\"mobile\":\"" + mobile + "\"", "\"customerNumber\":\"" + erased + "\""}) {
            mvc.perform(post("/api/v1/cases").with(staff.as("agent.bj")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kind\":\"consultation\",\"channel\":\"phone\",\"subject\":\"s\","
                                    + "\"description\":\"d\"," + who + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(who.substring(1, who.indexOf('"', 1))));
        }
        assertThat(jdbc.sql("select count(*) from service_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aCustomerWithMobileAndEmailIsToldOnBoth() throws Exception {
        String email = "both." + System.nanoTime() + "@example.com";
        String number = customer("BJ", idNumber(), "139" + "%08d".formatted(RANDOM.nextInt(100_000_000)), email);
        String caseNumber = JsonPath.read(open("agent.bj", "\"customerNumber\":\"" + number + "\""), "$.number");
        complaintLetterNotice(caseNumber);
        assertThat(jdbc.sql("select channel from notification_message where correlation = ?"
                        + " and template_key = 'case.accepted' order by channel")
                .param(caseNumber).query(String.class).list()).containsExactly("EMAIL", "SMS");
    }

    /**
     * What a complaint letter's notice (sent asynchronously, whenever it comes) adds to the case's messages:
     * the counts above must not depend on whether it has come yet. Failed, so nothing tries to deliver it;
     * encrypted like every stored message, so key rotation in the same database can read it.
     */
    private void complaintLetterNotice(String caseNumber) {
        for (String channel : new String[] {"SMS", "EMAIL"}) {
            jdbc.sql("insert into notification_message (channel, recipient, template_key, locale, variables,"
                            + " correlation, status) values (?, ?, 'complaint.letter', 'zh-CN', ?, ?, 'FAILED')")
                    .params(channel, cipher.encrypt(MessageStore.RECIPIENT_FIELD, "test"),
                            cipher.encrypt(MessageStore.VARIABLES_FIELD, "{}"), caseNumber).update();
        }
    }
}
