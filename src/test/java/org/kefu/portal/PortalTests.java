package org.kefu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.platform.FieldCipher;
import org.kefu.platform.Flash;
import org.kefu.support.Staff;
import org.kefu.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kefu.KefuTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The customer portal end to end over HTTP: submitting, codes, following a case, adding information. */
@KefuTest
@ExtendWith(OutputCaptureExtension.class)
class PortalTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    PortalFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PortalFixtures(mvc, staff, jdbc, cipher);
    }

    @Test
    void aSubmittedComplaintIsAWebCaseOfTheHeadOfficeAndTheCustomerIsTold() throws Exception {
        WebSession visitor = fixtures.visitor();
        String mobile = PortalFixtures.uniqueMobile();
        String subject = "网银扣费有误 " + UUID.randomUUID();
        MvcResult submitted = visitor.perform(post("/portal/submit").with(csrf()).header("Accept-Language", "zh-CN")
                .param("kind", "complaint").param("category", "fees").param("subject", subject)
                .param("description", "11月25日网银转账被重复扣取手续费").param("name", "孙八")
                .param("mobile", mobile).param("email", "").param("consent", "true"));
        assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo("/portal/submitted");
        String number = (String) submitted.getFlashMap().get("number");

        var row = jdbc.sql("select c.channel, c.kind, c.category_code, c.created_by, o.code from service_case c"
                + " join org_unit o on o.id = c.org_unit_id where c.number = ?").param(number).query().singleRow();
        assertThat(row).containsEntry("channel", "web_banking").containsEntry("kind", "complaint")
                .containsEntry("category_code", "fees").containsEntry("created_by", "portal").containsEntry("code", "HQ");
        assertThat(jdbc.sql("select subject from service_case where number = ?").param(number).query(String.class)
                .single()).isEqualTo(subject);
        assertThat(jdbc.sql("select count(*) from notification_message where correlation = ?"
                + " and template_key = 'case.accepted' and channel = 'SMS'").param(number).query(Long.class).single())
                .as("the customer is told the case was accepted").isEqualTo(1);

        String page = visitor.perform(get("/portal/submitted").header("Accept-Language", "zh-CN"))
                .getResponse().getContentAsString();
        assertThat(page).contains(number, "我们已收到您的诉求", "一次性验证码");
    }

    @Test
    void badInputIsExplainedBesideEachFieldAndNothingIsWritten() throws Exception {
        String description = "无效提交 " + UUID.randomUUID();
        long cases = jdbc.sql("select count(*) from service_case").query(Long.class).single();
        MvcResult result = fixtures.visitor().perform(post("/portal/submit").with(csrf())
                .header("Accept-Language", "en")
                .param("kind", "praise").param("subject", "x".repeat(201)).param("description", description)
                .param("name", " ").param("mobile", "12345678901").param("email", "not-an-address"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("id=\"kind-error\"", "Please choose what your request is about.",
                "id=\"subject-error\"", "At most 200 characters.", "id=\"name-error\"", "Please fill in this field.",
                "id=\"mobile-error\"", "11-digit mainland mobile number", "id=\"email-error\"",
                "id=\"consent-error\"", "only with your consent", "aria-invalid=\"true\"")
                .doesNotContain("id=\"description-error\"");
        assertThat(jdbc.sql("select count(*) from service_case").query(Long.class).single()).isEqualTo(cases);
        assertThat(jdbc.sql("select count(*) from service_case where description = ?").param(description)
                .query(Long.class).single()).isZero();

        String none = fixtures.visitor().perform(post("/portal/submit").with(csrf()).header("Accept-Language", "en")
                .param("kind", "consultation").param("subject", "s").param("description", "d").param("name", "n")
                .param("consent", "true")).getResponse().getContentAsString();
        assertThat(none).contains("id=\"mobile-error\"", "Please give a mobile number or an e-mail address");
    }

    @Test
    void aCodeGoesToTheRegisteredContactAndOpensTheCaseWithRepliesButNoInternalNotes() throws Exception {
        String mobile = PortalFixtures.uniqueMobile();
        String email = "portal-" + UUID.randomUUID() + "@example.com";
        String number = fixtures.staffCase(mobile, email);
        fixtures.reply(number, 0, "您好，我们已联系清算中心核查", true);
        fixtures.reply(number, 1, "内部备注：客户情绪激动，注意安抚", false);

        WebSession visitor = fixtures.visitor();
        MvcResult asked = fixtures.requestCode(visitor, number);
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/portal/verify?case=" + number);
        assertThat(fixtures.codeRecipients(number)).containsExactly("SMS " + mobile, "EMAIL " + email);
        assertThat(fixtures.codeStatus(number)).isEqualTo("active");

        String before = visitor.cookie("SESSION");
        MvcResult verified = fixtures.verify(visitor, number, fixtures.lastCode(number));
        assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/portal/cases/" + number);
        assertThat(visitor.cookie("SESSION")).as("a new session id on verification").isNotEqualTo(before);
        assertThat(fixtures.codeStatus(number)).isEqualTo("used");

        String page = visitor.perform(get("/portal/cases/{n}", number).header("Accept-Language", "zh-CN"))
                .getResponse().getContentAsString();
        assertThat(page).contains(number, "已受理", "网银转账失败", "您好，我们已联系清算中心核查", "我们的回复")
                .doesNotContain("内部备注", "客户情绪激动", mobile, email);
        assertThat(fixtures.verify(fixtures.visitor(), number, fixtures.lastCode(number)).getResponse()
                .getContentAsString()).as("a code works once").contains("验证码错误或已失效");

        visitor.perform(post("/portal/logout").with(csrf()));
        assertThat(visitor.perform(get("/portal/cases/{n}", number)).getResponse().getRedirectedUrl())
                .isEqualTo("/portal/verify?case=" + number);
    }

    @Test
    void theCodeIsNeverLogged(CapturedOutput output) throws Exception {
        String number = fixtures.staffCase(PortalFixtures.uniqueMobile(), "log-" + UUID.randomUUID() + "@example.com");
        WebSession visitor = fixtures.visitor();
        fixtures.requestCode(visitor, number);
        String code = fixtures.lastCode(number);
        fixtures.verify(visitor, number, code.equals("999999") ? "888888" : "999999");
        fixtures.verify(visitor, number, code);
        assertThat(output.getAll()).doesNotContain(code);
    }

    @Test
    void fiveWrongCodesKillTheCode() throws Exception {
        String number = fixtures.staffCase(PortalFixtures.uniqueMobile(), "dead-" + UUID.randomUUID() + "@example.com");
        WebSession visitor = fixtures.visitor();
        fixtures.requestCode(visitor, number);
        String code = fixtures.lastCode(number);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 5; attempt++) {
            String page = fixtures.verify(visitor, number, wrong).getResponse().getContentAsString();
            assertThat(page).contains("id=\"code-error\"", "验证码错误或已失效");
        }
        assertThat(fixtures.codeStatus(number)).isEqualTo("dead");
        MvcResult right = fixtures.verify(visitor, number, code);
        assertThat(right.getResponse().getRedirectedUrl()).as("the right code after five wrong ones").isNull();
        assertThat(right.getResponse().getContentAsString()).contains("验证码错误或已失效");
        assertThat(visitor.perform(get("/portal/cases/{n}", number)).getResponse().getRedirectedUrl())
                .startsWith("/portal/verify");
    }

    @Test
    void anExpiredCodeDoesNotOpenTheCase() throws Exception {
        String number = fixtures.staffCase(PortalFixtures.uniqueMobile(), "late-" + UUID.randomUUID() + "@example.com");
        WebSession visitor = fixtures.visitor();
        fixtures.requestCode(visitor, number);
        jdbc.sql("update portal_code set expires_at = now() - interval '1 second' where case_number = ?")
                .param(number).update();
        MvcResult late = fixtures.verify(visitor, number, fixtures.lastCode(number));
        assertThat(late.getResponse().getRedirectedUrl()).isNull();
        assertThat(late.getResponse().getContentAsString()).contains("验证码错误或已失效");
        assertThat(fixtures.codeStatus(number)).isEqualTo("expired");
    }

    @Test
    void theCodeOfOneCaseDoesNotOpenAnother() throws Exception {
        String a = fixtures.staffCase(PortalFixtures.uniqueMobile(), "a-" + UUID.randomUUID() + "@example.com");
        String b = fixtures.staffCase(PortalFixtures.uniqueMobile(), "b-" + UUID.randomUUID() + "@example.com");
        WebSession visitor = fixtures.visitor();
        fixtures.requestCode(visitor, a);
        fixtures.requestCode(visitor, b);
        String codeOfA = fixtures.lastCode(a);
        assertThat(fixtures.verify(visitor, b, codeOfA).getResponse().getRedirectedUrl())
                .as("unless both codes happen to be equal").isEqualTo(codeOfA.equals(fixtures.lastCode(b))
                        ? "/portal/cases/" + b : null);
        assertThat(fixtures.verify(visitor, a, codeOfA).getResponse().getRedirectedUrl()).isEqualTo("/portal/cases/" + a);
        assertThat(visitor.perform(get("/portal/cases/{n}", b)).getResponse().getRedirectedUrl())
                .as("access to A is not access to B").isEqualTo("/portal/verify?case=" + b);
        assertThat(visitor.perform(post("/portal/cases/{n}/information", b).with(csrf()).param("text", "冒充"))
                .getResponse().getRedirectedUrl()).isEqualTo("/portal/verify?case=" + b);
    }

    @Test
    void aCustomersAnswerTakesACaseThatWaitedForThemBackToWorkWithItsClocksRunning() throws Exception {
        String number = fixtures.staffCase(PortalFixtures.uniqueMobile(), "wait-" + UUID.randomUUID() + "@example.com");
        for (String[] step : new String[][] {{"plan", "0"}, {"start", "1"}, {"wait_for_customer", "2"}}) {
            mvc.perform(post("/api/v1/cases/{n}/transitions", number).with(staff.as("agent.bj"))
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                            .content("{\"action\":\"%s\",\"version\":%s%s}".formatted(step[0], step[1],
                                    "plan".equals(step[0]) ? ",\"plan\":{\"content\":\"核实扣款\",\"method\":\"phone\"}" : "")))
                    .andExpect(status().isOk());
        }
        assertThat(jdbc.sql("select paused_since from service_case where number = ?").param(number)
                .query(java.sql.Timestamp.class).optional()).isPresent();
        WebSession visitor = fixtures.visitor();
        fixtures.requestCode(visitor, number);
        fixtures.verify(visitor, number, fixtures.lastCode(number));

        visitor.perform(post("/portal/cases/{n}/information", number).with(csrf()).param("text", "已补充身份证复印件"));

        var row = jdbc.sql("select status, paused_since from service_case where number = ?").param(number)
                .query().singleRow();
        assertThat(row.get("status")).isEqualTo("in_progress");
        assertThat(row.get("paused_since")).as("the clocks run again").isNull();
    }

    @Test
    void addedInformationIsOnTheTimelineStaffSee() throws Exception {
        String number = fixtures.staffCase(PortalFixtures.uniqueMobile(), "info-" + UUID.randomUUID() + "@example.com");
        WebSession visitor = fixtures.visitor();
        fixtures.requestCode(visitor, number);
        fixtures.verify(visitor, number, fixtures.lastCode(number));

        String empty = visitor.perform(post("/portal/cases/{n}/information", number).with(csrf())
                .header("Accept-Language", "en").param("text", "  ")).getResponse().getContentAsString();
        assertThat(empty).contains("id=\"text-error\"", "Please write your message.");

        MvcResult added = visitor.perform(post("/portal/cases/{n}/information", number).with(csrf())
                .param("text", "补充：扣款时间为11月25日14:05"));
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/portal/cases/" + number);
        assertThat(((Flash) added.getFlashMap().get("flash")).messageKey()).isEqualTo("portal.information.added");

        String timeline = mvc.perform(get("/api/v1/cases/{n}/timeline", number).with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(timeline, "$[?(@.type == 'customer_message')].text"))
                .containsExactly("补充：扣款时间为11月25日14:05");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'case.customer-wrote' and entity_id = ?")
                .param(number).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/api/v1/cases/{n}/transitions", number).with(staff.as("agent.bj"))
                .contentType("application/json").content("{\"action\":\"cancel\",\"version\":0,\"reason\":\"重复工单\"}"))
                .andExpect(status().isOk());
        String closed = visitor.perform(post("/portal/cases/{n}/information", number).with(csrf())
                .header("Accept-Language", "en").param("text", "还有一件事")).getResponse().getContentAsString();
        assertThat(closed).contains("id=\"case-closed\"", "This case is closed").doesNotContain("id=\"add-information\"");
        assertThat(jdbc.sql("select count(*) from case_entry e join service_case c on c.id = e.case_id"
                + " where c.number = ? and e.type = 'customer_message'").param(number).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anUnknownCaseNumberGetsTheSameAnswerAsAKnownOne() throws Exception {
        String known = fixtures.staffCase(PortalFixtures.uniqueMobile(), "known-" + UUID.randomUUID() + "@example.com");
        String unknown = "KF-19990101-" + "%06d".formatted(System.nanoTime() % 1_000_000);
        MvcResult forKnown = fixtures.requestCode(fixtures.visitor(), known);
        MvcResult forUnknown = fixtures.requestCode(fixtures.visitor(), unknown);
        assertThat(forUnknown.getResponse().getStatus()).isEqualTo(forKnown.getResponse().getStatus()).isEqualTo(302);
        assertThat(forUnknown.getResponse().getRedirectedUrl().replace(unknown, "N"))
                .isEqualTo(forKnown.getResponse().getRedirectedUrl().replace(known, "N"));
        assertThat(((Flash) forUnknown.getFlashMap().get("flash")).messageKey()).isEqualTo("portal.code.sent-if-exists")
                .isEqualTo(((Flash) forKnown.getFlashMap().get("flash")).messageKey());
        assertThat(forUnknown.getFlashMap().keySet()).isEqualTo(forKnown.getFlashMap().keySet());
        assertThat(fixtures.codeRecipients(unknown)).isEmpty();
        assertThat(jdbc.sql("select count(*) from portal_code where case_number = ?").param(unknown)
                .query(Long.class).single()).isZero();

        WebSession visitor = fixtures.visitor();
        String verifyKnown = visitor.perform(get("/portal/verify").param("case", known)).getResponse()
                .getContentAsString();
        assertThat(verifyKnown).doesNotContain("****").as("no masked destination that would confirm the case");
        assertThat(fixtures.verify(visitor, unknown, "123456").getResponse().getContentAsString())
                .contains("验证码错误或已失效");
    }

    @Test
    void aCaseGetsAtMostThreeCodesAnHourAndEachNewOneReplacesTheLast() throws Exception {
        String number = fixtures.staffCase(PortalFixtures.uniqueMobile(), "many-" + UUID.randomUUID() + "@example.com");
        WebSession visitor = fixtures.visitor();
        fixtures.requestCode(visitor, number);
        String first = fixtures.lastCode(number);
        fixtures.requestCode(visitor, number);
        fixtures.requestCode(visitor, number);
        String third = fixtures.lastCode(number);
        MvcResult fourth = fixtures.requestCode(visitor, number);
        assertThat(fourth.getResponse().getRedirectedUrl()).isEqualTo("/portal/verify?case=" + number);
        assertThat(fixtures.codeRecipients(number)).hasSize(6);
        assertThat(jdbc.sql("select count(*) from portal_code where case_number = ?").param(number)
                .query(Long.class).single()).isEqualTo(3);
        if (!first.equals(third)) {
            assertThat(fixtures.verify(visitor, number, first).getResponse().getRedirectedUrl())
                    .as("replaced by a newer code").isNull();
        }
        assertThat(fixtures.verify(visitor, number, third).getResponse().getRedirectedUrl())
                .isEqualTo("/portal/cases/" + number);
    }

    @Test
    void codeRequestsAreLimitedPerClientAddress() throws Exception {
        WebSession visitor = fixtures.visitor();
        for (int i = 0; i < 10; i++) {
            assertThat(fixtures.requestCode(visitor, "KF-19990102-00000" + i).getResponse().getStatus()).isEqualTo(302);
        }
        MvcResult limited = visitor.perform(post("/portal/code").with(csrf()).header("Accept-Language", "en")
                .param("caseNumber", "KF-19990102-000011"));
        assertThat(limited.getResponse().getStatus()).isEqualTo(429);
        assertThat(limited.getResponse().getHeader("Retry-After")).isNotNull();
        assertThat(limited.getResponse().getContentAsString()).contains("Too many requests");
    }

    @Test
    void portalPagesArePublicSpeakBothLanguagesAndKeepCsrf() throws Exception {
        WebSession visitor = fixtures.visitor();
        assertThat(visitor.perform(get("/portal").header("Accept-Language", "en")).getResponse()
                .getContentAsString()).contains("How can we help you?", "Send me a code", "lang=zh-CN")
                .doesNotContain("nav-account", "sign-out");
        assertThat(visitor.perform(get("/portal/submit?lang=zh-CN")).getResponse().getContentAsString())
                .contains("提交咨询、服务请求或投诉", "个人信息保护法", "<label");
        assertThat(visitor.perform(post("/portal/code").param("caseNumber", "KF-19990103-000001")).getResponse()
                .getStatus()).as("no CSRF token, no post").isEqualTo(403);
    }
}
