package org.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A complaint reopened, decided anew and resolved again gets a decision letter with the new decision; the first
 * letter stays as issued and is listed as superseded. The same decision never gets a second letter.
 */
@KefuTest
class ComplaintLetterRedecisionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ComplaintLetters letters;

    ComplaintLetterFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ComplaintLetterFixtures(mvc, staff, jdbc);
    }

    private byte[] download(String number, long id) throws Exception {
        return mvc.perform(get("/complaints/{n}/letters/{id}.pdf", number, id).with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private String storedSha(long id) {
        return jdbc.sql("select sha256 from complaint_letter where id = ?").param(id).query(String.class).single();
    }

    @Test
    void aChangedDecisionAfterReopeningGetsANewLetterAndTheFirstStaysAsIssued() throws Exception {
        String n = fixtures.complaint("agent.bj", "欧阳修", ComplaintLetterFixtures.uniqueMobile(), null);
        fixtures.codeAndDecide(n, "not_upheld", "经核实手续费收取无误", "0");
        fixtures.resolve(n, "agent.bj", "supervisor.bj");
        assertThat(fixtures.letters(n, "decision")).isEqualTo(1);
        long first = fixtures.letterId(n, "decision");
        String firstSha = storedSha(first);
        assertThat(ComplaintLetterRenderingTests.text(download(n, first))).contains("投诉不成立", "经核实手续费收取无误");

        int before = fixtures.decisionVersion(n);
        fixtures.reopen(n, "agent.bj");
        fixtures.decideAnew(n, "agent.bj", "upheld", "全额退还跨行转账手续费并致歉", "25.00");
        assertThat(fixtures.decisionVersion(n)).isGreaterThan(before);
        fixtures.resolveAgain(n, "agent.bj", "supervisor.bj");

        assertThat(fixtures.letters(n, "decision")).as("one letter per decision").isEqualTo(2);
        long second = fixtures.letterId(n, "decision");
        assertThat(second).isNotEqualTo(first);
        byte[] newest = download(n, second);
        assertThat(ComplaintLetterRenderingTests.text(newest)).contains(n, "欧阳修", "投诉成立", "全额退还跨行转账手续费并致歉",
                "¥25.00").doesNotContain("投诉不成立", "经核实手续费收取无误");
        byte[] earlier = download(n, first);
        assertThat(storedSha(first)).isEqualTo(firstSha);
        assertThat(LetterRenderer.sha256Hex(earlier)).as("the first letter as issued").isEqualTo(firstSha);
        assertThat(ComplaintLetterRenderingTests.text(earlier)).contains("投诉不成立").doesNotContain("全额退还");
        assertThat(jdbc.sql("select count(*) from notification_message where correlation = ?"
                + " and template_key = 'complaint.letter'").param(n).query(Long.class).single())
                .as("acceptance and two decisions told").isEqualTo(3);

        // The same decision again: a second delivery of the resolution, and a resolution after a reopening
        // without a new decision, issue nothing.
        letters.issue(n, ComplaintLetterKind.DECISION, null);
        fixtures.reopen(n, "agent.bj");
        fixtures.resolveAgain(n, "agent.bj", "supervisor.bj");
        assertThat(fixtures.letters(n, "decision")).isEqualTo(2);
        assertThat(fixtures.letters(n, "acceptance")).isEqualTo(1);

        // Newest first everywhere; the earlier decision letter marked superseded, the newest not.
        String fragment = mvc.perform(get("/complaints/{n}/letters", n).with(staff.as("supervisor.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment.indexOf("id=\"letter-decision-" + second + "\""))
                .isGreaterThan(-1).isLessThan(fragment.indexOf("id=\"letter-decision-" + first + "\""));
        assertThat(fragment).contains("id=\"letter-superseded-" + first + "\"", "已被新的处理决定取代")
                .doesNotContain("id=\"letter-superseded-" + second + "\"");
        mvc.perform(get("/api/v1/complaints/{n}/letters", n).with(staff.as("agent.bj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].id").value(second)).andExpect(jsonPath("$[0].superseded").value(false))
                .andExpect(jsonPath("$[1].id").value(first)).andExpect(jsonPath("$[1].superseded").value(true))
                .andExpect(jsonPath("$[1].sha256").value(firstSha))
                .andExpect(jsonPath("$[2].kind").value("acceptance")).andExpect(jsonPath("$[2].superseded").value(false));
        List<ComplaintLetters.PortalLetter> portal = letters.forPortal(n);
        assertThat(portal).extracting(ComplaintLetters.PortalLetter::id).containsExactly(second, first,
                fixtures.letterId(n, "acceptance"));
        assertThat(portal).extracting(ComplaintLetters.PortalLetter::superseded).containsExactly(false, true, false);
    }

    @Test
    void aDecisionLetterNeedsItsDecisionVersionAndEveryOtherKindNone() {
        long caseId = jdbc.sql("select case_id from complaint_record order by case_id limit 1").query(Long.class).single();
        for (String sql : new String[] {
                "insert into complaint_letter (case_id, kind, locale, variables, issued_at, issued_by, sha256)"
                        + " values (?, 'decision', 'zh-CN', '{}', now(), 'test', repeat('a', 64))",
                "insert into complaint_letter (case_id, kind, decision_version, locale, variables, issued_at, issued_by,"
                        + " sha256) values (?, 'acceptance', 1, 'zh-CN', '{}', now(), 'test', repeat('a', 64))"}) {
            assertThatThrownBy(() -> jdbc.sql(sql).param(caseId).update())
                    .hasMessageContaining("complaint_letter_decision_version_check");
        }
    }
}
