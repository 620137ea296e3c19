package org.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HexFormat;
import java.security.MessageDigest;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.notification.delivery.MessageStore;
import org.kefu.platform.FieldCipher;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Letters issued by what happens to a complaint (opened, extended, resolved), each told to the customer by a
 * link and audited, and handed out to staff in scope only, as the same bytes every time.
 */
@KefuTest
class ComplaintLetterIssuingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    ComplaintLetters letters;

    ComplaintLetterFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ComplaintLetterFixtures(mvc, staff, jdbc);
    }

    private byte[] download(String user, String number, long id) throws Exception {
        return mvc.perform(get("/complaints/{n}/letters/{id}.pdf", number, id).with(staff.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private String storedSha(long id) {
        return jdbc.sql("select sha256 from complaint_letter where id = ?").param(id).query(String.class).single();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private long audited(String action, String number) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?").params(action, number)
                .query(Long.class).single();
    }

    @Test
    void anOpenedComplaintGetsItsAcceptanceLetterTheCustomerALinkAndTheTrailAnEntry() throws Exception {
        String email = "letter" + System.nanoTime() + "@example.com";
        String n = fixtures.complaint("agent.bj", "司马相如", ComplaintLetterFixtures.uniqueMobile(), email);
        assertThat(fixtures.letters(n, "acceptance")).isEqualTo(1);
        long id = fixtures.letterId(n, "acceptance");

        fixtures.settle();
        var message = jdbc.sql("select channel, recipient, variables from notification_message where correlation = ?"
                + " and template_key = 'complaint.letter'").param(n).query().singleRow();
        assertThat(message.get("channel")).isEqualTo("EMAIL");
        assertThat(cipher.decrypt(MessageStore.RECIPIENT_FIELD, (String) message.get("recipient"))).isEqualTo(email);
        assertThat(cipher.decrypt(MessageStore.VARIABLES_FIELD, (String) message.get("variables")))
                .contains("/portal/cases/" + n, "投诉受理通知书").doesNotContain("司马相如");
        String summary = jdbc.sql("select summary from audit_entry where action = 'complaint.letter.issued'"
                + " and entity_type = 'complaint_letter' and entity_id = ?").param(String.valueOf(id))
                .query(String.class).single();
        assertThat(summary).contains("acceptance", n, ComplaintLetterIssued.integrity(storedSha(id)))
                .doesNotContain("司马相如");
        assertThat(jdbc.sql("select variables::text || customer_name_enc from complaint_letter where id = ?").param(id)
                .query(String.class).single()).as("the name is encrypted at rest").doesNotContain("司马相如").contains(n);
        assertThat(cipher.decrypt("complaint.letter.customer-name", jdbc.sql("select customer_name_enc"
                + " from complaint_letter where id = ?").param(id).query(String.class).single()))
                .as("in the column key rotation re-encrypts").isEqualTo("司马相如");

        String fragment = mvc.perform(get("/complaints/{n}/letters", n).with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"letter-acceptance-" + id + "\"",
                "href=\"/complaints/" + n + "/letters/" + id + ".pdf\"", "投诉受理通知书");
        byte[] pdf = mvc.perform(get("/complaints/{n}/letters/{id}.pdf", n, id).with(staff.as("supervisor.bj")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + n + "-acceptance.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(sha256(pdf)).as("the bytes issued").isEqualTo(storedSha(id));
        assertThat(ComplaintLetterRenderingTests.text(pdf)).contains(n, "尊敬的司马相如：", "投诉受理通知书", "初步答复：",
                "处理结果：");
        assertThat(audited("complaint.letter.downloaded", n)).isEqualTo(1);
        mvc.perform(get("/api/v1/complaints/{n}/letters", n).with(staff.as("agent.hd")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints/{n}/letters", n).with(staff.as("agent.bj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("acceptance")).andExpect(jsonPath("$[0].locale").value("zh-CN"))
                .andExpect(jsonPath("$[0].sha256").value(storedSha(id)))
                .andExpect(jsonPath("$[0].href").value("/api/v1/complaints/" + n + "/letters/" + id + ".pdf"));
        mvc.perform(get("/api/v1/complaints/{n}/letters/{id}.pdf", n, id).with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void staffOutOfScopeGetTheSameNotFoundAsForANumberThatDoesNotExist() throws Exception {
        String n = fixtures.complaint("agent.bj", "王五", ComplaintLetterFixtures.uniqueMobile(), null);
        long id = fixtures.letterId(n, "acceptance");
        for (String path : new String[] {"/complaints/" + n + "/letters", "/complaints/" + n + "/letters/" + id + ".pdf",
                "/api/v1/complaints/" + n + "/letters", "/api/v1/complaints/" + n + "/letters/" + id + ".pdf",
                "/complaints/CP-2099-999999/letters", "/complaints/" + n + "/letters/999999999.pdf"}) {
            mvc.perform(get(path).with(staff.as("agent.sh"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/complaints/{n}/letters/999999999.pdf", n).with(staff.as("agent.bj")))
                .andExpect(status().isNotFound());
        String withoutComplaintRead = staff.newUser("BJ", "relationship_manager", false);
        mvc.perform(get("/complaints/{n}/letters/{id}.pdf", n, id).with(staff.as(withoutComplaintRead)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/complaints/{n}/letters", n).with(staff.as(withoutComplaintRead)))
                .andExpect(status().isForbidden());
        assertThat(audited("complaint.letter.downloaded", n)).isZero();
        fixtures.settle();
        assertThat(jdbc.sql("select channel from notification_message where correlation = ?"
                + " and template_key = 'complaint.letter'").param(n).query(String.class).single())
                .as("no e-mail address: SMS").isEqualTo("SMS");
    }

    @Test
    void aResolvedComplaintGetsItsDecisionLetterWhichStaysTheSameWhenTheRecordChanges() throws Exception {
        String n = fixtures.complaint("agent.bj", "诸葛明", ComplaintLetterFixtures.uniqueMobile(), null);
        fixtures.codeAndDecide(n, "partly_upheld", "退还跨行转账手续费25元并致歉", "25.00");
        fixtures.resolve(n, "agent.bj", "supervisor.bj");
        assertThat(fixtures.letters(n, "decision")).isEqualTo(1);
        long id = fixtures.letterId(n, "decision");
        byte[] first = download("agent.bj", n, id);
        assertThat(sha256(first)).isEqualTo(storedSha(id));
        assertThat(ComplaintLetterRenderingTests.text(first)).contains(n, "诸葛明", "投诉处理决定书", "投诉部分成立",
                "退还跨行转账手续费25元并致歉", "¥25.00", "30日内向我行申请复核", "调解", "仲裁", "诉讼", "12378");
        assertThat(jdbc.sql("select count(*) from notification_message where correlation = ?"
                + " and template_key = 'complaint.letter'").param(n).query(Long.class).single())
                .as("acceptance and decision").isEqualTo(2);

        jdbc.sql("update complaint_decision set remedy = '不予退费', outcome = 'not_upheld' where case_id ="
                + " (select case_id from complaint_record where case_number = ?)").param(n).update();
        jdbc.sql("update complaint_record set locale = 'en' where case_number = ?").param(n).update();
        jdbc.sql("update service_case set contact_name_enc = null where number = ?").param(n).update();
        assertThat(download("supervisor.bj", n, id)).as("frozen at issue").isEqualTo(first);
    }

    /** The resolution gate refuses a complaint without a decision; a stray delivery still issues no letter. */
    @Test
    void aComplaintWithoutADecisionOnRecordGetsNoDecisionLetter() throws Exception {
        String n = fixtures.complaint("agent.bj", "周八", ComplaintLetterFixtures.uniqueMobile(), null);
        String base = "/api/v1/cases/" + n + "/transitions";
        fixtures.act("agent.bj", base, "{\"action\":\"plan\",\"version\":%d,\"plan\":{\"content\":\"核查\"}}"
                .formatted(fixtures.version(n))).andExpect(status().isOk());
        fixtures.act("agent.bj", base, "{\"action\":\"start\",\"version\":%d}".formatted(fixtures.version(n)))
                .andExpect(status().isOk());
        fixtures.act("agent.bj", base, "{\"action\":\"resolve\",\"version\":%d,\"resolution\":\"已处理\"}"
                .formatted(fixtures.version(n))).andExpect(status().isConflict());
        letters.issue(n, ComplaintLetterKind.DECISION, null);
        assertThat(fixtures.letters(n, "decision")).isZero();
        assertThat(fixtures.letters(n, "acceptance")).isEqualTo(1);
    }

    @Test
    void eachGrantedOrApprovedExtensionGetsItsOwnLetterInTheCustomersLanguage() throws Exception {
        String n = fixtures.complaint("manager.hq", "Li Wenjing", ComplaintLetterFixtures.uniqueMobile(), null);
        jdbc.sql("update complaint_record set locale = 'en' where case_number = ?").param(n).update();
        fixtures.act("manager.hq", "/api/v1/cases/" + n + "/regulatory-clock", "{\"jurisdiction\":\"CN-CBIRC\"}")
                .andExpect(status().isOk());
        String path = "/api/v1/cases/" + n + "/regulatory-extensions";
        fixtures.act("manager.hq", path, "{\"level\":1,\"reason\":\"Statements from the card scheme are awaited\","
                + "\"customerTold\":true}").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("granted"));
        assertThat(fixtures.letters(n, "extension")).isEqualTo(1);
        String text = ComplaintLetterRenderingTests.text(download("manager.hq", n, fixtures.letterId(n, "extension")));
        assertThat(text).contains("Notice of extension", n, "Dear Li Wenjing,", "by 15 days",
                "Reason for the extension: Statements from the card scheme are awaited", "We will give you our decision by");

        String pending = fixtures.act("manager.hq", path, "{\"level\":2,\"days\":20,\"reason\":\"Appraisal needed\","
                + "\"customerTold\":true}").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fixtures.letters(n, "extension")).as("not before approval").isEqualTo(1);
        int extension = JsonPath.read(pending, "$.id");
        fixtures.act("admin", "/api/v1/sla/extensions/" + extension + "/approval", "{\"approve\":true}")
                .andExpect(status().isOk());
        assertThat(fixtures.letters(n, "extension")).isEqualTo(2);
        assertThat(ComplaintLetterRenderingTests.text(download("manager.hq", n, fixtures.letterId(n, "extension"))))
                .contains("by 20 days", "Appraisal needed");
    }
}
