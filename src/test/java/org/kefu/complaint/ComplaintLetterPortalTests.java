package org.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.notification.delivery.MessageStore;
import org.kefu.platform.FieldCipher;
import org.kefu.support.Staff;
import org.kefu.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The customer downloads the letters of their own case on the portal, after entering its one-time code only. */
@KefuTest
class ComplaintLetterPortalTests {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"(\\d{6})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    ComplaintLetterFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ComplaintLetterFixtures(mvc, staff, jdbc);
    }

    private WebSession visitor() {
        return new WebSession(mvc, "10.78." + ThreadLocalRandom.current().nextInt(1, 250) + "."
                + ThreadLocalRandom.current().nextInt(1, 250));
    }

    /** The visitor asks for a code and enters it, as the customer would from their phone. */
    private void verify(WebSession visitor, String number) throws Exception {
        visitor.perform(post("/portal/code").with(csrf()).param("caseNumber", number));
        String variables = jdbc.sql("select variables from notification_message where correlation = ?"
                        + " and template_key = 'one-time-code' order by id desc limit 1")
                .param(number).query(String.class).single();
        Matcher m = CODE.matcher(cipher.decrypt(MessageStore.VARIABLES_FIELD, variables));
        assertThat(m.find()).isTrue();
        assertThat(visitor.perform(post("/portal/verify").with(csrf()).param("caseNumber", number)
                .param("code", m.group(1))).getResponse().getRedirectedUrl()).isEqualTo("/portal/cases/" + number);
    }

    @Test
    void theVerifiedCustomerSeesAndDownloadsTheLettersOfTheirCaseAndNoOther() throws Exception {
        String mine = fixtures.complaint("agent.bj", "东方明珠", ComplaintLetterFixtures.uniqueMobile(),
                "portal" + System.nanoTime() + "@example.com");
        String other = fixtures.complaint("agent.bj", "上官云", ComplaintLetterFixtures.uniqueMobile(), null);
        long letter = fixtures.letterId(mine, "acceptance");
        long otherLetter = fixtures.letterId(other, "acceptance");
        WebSession customer = visitor();
        String mineUrl = "/portal/cases/" + mine + "/letters/" + letter + ".pdf";
        assertThat(customer.perform(get(mineUrl)).getResponse().getStatus()).as("before the code").isEqualTo(404);

        verify(customer, mine);
        String page = customer.perform(get("/portal/cases/{n}", mine).header("Accept-Language", "zh-CN"))
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"letter-acceptance-" + letter + "\"", "href=\"" + mineUrl + "\"", "投诉受理通知书");
        MockHttpServletResponse pdf = customer.perform(get(mineUrl)).getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"" + mine + "-acceptance.pdf\"");
        assertThat(ComplaintLetterRenderingTests.text(pdf.getContentAsByteArray())).contains(mine, "东方明珠");
        assertThat(jdbc.sql("select summary from audit_entry where action = 'complaint.letter.downloaded'"
                + " and entity_id = ?").param(mine).query(String.class).single()).contains("customer");

        assertThat(customer.perform(get("/portal/cases/" + other + "/letters/" + otherLetter + ".pdf")).getResponse()
                .getStatus()).as("another case").isEqualTo(404);
        assertThat(customer.perform(get("/portal/cases/" + mine + "/letters/" + otherLetter + ".pdf")).getResponse()
                .getStatus()).as("another case's letter under my number").isEqualTo(404);
        assertThat(visitor().perform(get(mineUrl)).getResponse().getStatus()).as("another browser").isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'complaint.letter.downloaded'"
                + " and entity_id in (?, ?)").params(mine, other).query(Long.class).single()).isEqualTo(1);
    }
}
