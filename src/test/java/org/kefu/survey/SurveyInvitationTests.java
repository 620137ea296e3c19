package org.kefu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.platform.FieldCipher;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Resolving a case invites its customer: by e-mail (a real SMTP server, GreenMail) with a link that opens the
 * survey, else by SMS, else nothing is sent and the invitation is recorded as "portal".
 */
@KefuTest
@DirtiesContext
class SurveyInvitationTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("kefu.notification.dispatch-interval", () -> "100ms");
        registry.add("kefu.portal.base-url", () -> "https://kefu.example.cn");
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    SurveyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SurveyFixtures(mvc, staff, jdbc, cipher);
    }

    private static Optional<MimeMessage> surveyMail(String address) throws Exception {
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)
                    && message.getSubject().startsWith("请评价")) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    @Test
    void theCustomerReceivesAnEmailWithAWorkingLink() throws Exception {
        String email = "survey.mail." + System.nanoTime() + "@example.com";
        String number = fixtures.resolvedCase("agent.bj", "{\"name\":\"孙八\",\"email\":\"" + email + "\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> surveyMail(email).isPresent());
        MimeMessage mail = surveyMail(email).orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("请评价我们对 " + number + " 的服务");
        String text = ((String) mail.getContent()).strip();
        Matcher link = java.util.regex.Pattern.compile("https://kefu\\.example\\.cn/portal/survey/[A-Za-z0-9_-]{43}")
                .matcher(text);
        assertThat(link.find()).as(text).isTrue();
        assertThat(text).contains("有效期至");
        String path = URI.create(link.group()).getPath();

        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"survey-form\"")))
                .andExpect(content().string(Matchers.containsString(number)));
        mvc.perform(post(path).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("q1", "5").param("q2", "5").param("q3", "5").param("q4", "5").param("q5", "5"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"survey-thanks\"")));
        assertThat(fixtures.responses(number)).isEqualTo(1);
        assertThat(jdbc.sql("select sent_via from survey_invitation where case_number = ?").param(number)
                .query(String.class).single()).isEqualTo("email");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'survey.invitation.sent'")
                .param(number).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select token_hash from survey_invitation where case_number = ?").param(number)
                .query(String.class).single()).as("only the HMAC is stored").doesNotContain(path.substring(15))
                .hasSize(64);
    }

    @Test
    void withoutAnEmailTheMobileGetsAnSmsAndWithoutEitherNothingIsSent() throws Exception {
        String bySms = fixtures.resolvedCase("agent.bj", "{\"name\":\"周九\",\"mobile\":\"1390000" +
                "%04d".formatted((int) (System.nanoTime() % 10_000)) + "\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from survey_invitation"
                + " where case_number = ?").param(bySms).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select sent_via from survey_invitation where case_number = ?").param(bySms)
                .query(String.class).single()).isEqualTo("sms");
        assertThat(jdbc.sql("select channel from notification_message where correlation = ?")
                .param("survey:" + bySms).query(String.class).list()).containsExactly("SMS");
        assertThat(fixtures.token(bySms)).hasSize(43);

        String number = JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as("agent.bj"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"suggestion","channel":"branch_counter","subject":"建议增加窗口",
                         "description":"午间窗口太少","contact":{"name":"吴十","mobile":"13900001111"}}"""))
                .andReturn().getResponse().getContentAsString(), "$.number");
        // The contact withdrew their details: nobody to send the survey to.
        jdbc.sql("update service_case set contact_mobile_enc = null, contact_email_enc = null where number = ?")
                .param(number).update();
        for (String step : Arrays.asList("{\"action\":\"plan\",\"version\":0,\"plan\":{\"content\":\"转交网点\"}}",
                "{\"action\":\"start\",\"version\":1}", "{\"action\":\"resolve\",\"version\":2,\"resolution\":\"已采纳\"}")) {
            mvc.perform(post("/api/v1/cases/{n}/transitions", number).with(staff.as("agent.bj"))
                    .contentType(MediaType.APPLICATION_JSON).content(step)).andExpect(status().isOk());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from survey_invitation"
                + " where case_number = ?").param(number).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select sent_via from survey_invitation where case_number = ?").param(number)
                .query(String.class).single()).isEqualTo("portal");
        assertThat(jdbc.sql("select count(*) from notification_message where correlation = ?")
                .param("survey:" + number).query(Long.class).single()).isZero();
    }
}
