package org.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnits;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Repeat complaints of one customer: the same cause within the window (found when the complaint is coded),
 * not outside it, near-duplicate text (found right after intake), never across customers.
 */
@KefuTest
class RepeatComplaintTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    RepeatComplaints repeats;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private ComplaintAnalysisFixtures org;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void branch() {
        org = new ComplaintAnalysisFixtures(orgUnits, staff, mvc, jdbc);
    }

    @Test
    void theSameCauseWithinTheWindowIsARepeatFoundOnCodingAndLinked() throws Exception {
        String customer = org.customer();
        var first = org.open(org.agent, customer, "手机银行无法登录", "客户反映手机银行登录一直提示密码错误");
        var second = org.open(org.agent, customer, "网点排队时间过长", "客户在网点等候超过两小时无人办理业务");
        code(first, "K-CA-02", today.minusDays(29));
        code(second, "K-CA-02", today);
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new ComplaintCoded(second.number(), second.id(), "K-CH-01", "K-BT-06", "K-CA-02")));
        await(() -> flagged(second));
        assertThat(pairs(second)).containsExactly(first.id() + "/cause");
        assertThat(linked(first, second)).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'complaint.repeat-found' and entity_id = ?")
                .param(second.number()).query(Long.class).single()).isEqualTo(1);
        assertThat(flagged(first)).as("the earlier complaint is not the repeat").isFalse();
        // Coding it again finds nothing new.
        assertThat(repeats.check(second.id())).isZero();
        assertThat(pairs(second)).hasSize(1);
    }

    @Test
    void theSameCauseOutsideTheWindowIsNot() throws Exception {
        String customer = org.customer();
        var old = org.open(org.agent, customer, "理财产品赎回延迟", "赎回资金三天仍未到账");
        var now = org.open(org.agent, customer, "贷款利率调整疑问", "房贷利率调整后月供未变化");
        code(old, "K-CA-03", today.minusDays(31));
        code(now, "K-CA-03", today);
        assertThat(repeats.check(now.id())).isZero();
        assertThat(flagged(now)).isFalse();
        assertThat(pairs(now)).isEmpty();
        assertThat(linked(old, now)).isFalse();
    }

    @Test
    void aNearDuplicateTextIsFoundAfterIntakeButNotForAnotherCustomer() throws Exception {
        String customer = org.customer();
        String other = org.customer();
        var first = org.open(org.agent, customer, "信用卡年费被重复扣收", "客户反映本月信用卡年费被扣了两次，要求退还多扣的年费");
        var stranger = org.open(org.agent, other, "信用卡年费被重复扣收", "客户反映本月信用卡年费被扣了两次，要求退还多扣的年费");
        var again = org.open(org.agent, customer, "信用卡年费重复扣收", "客户反映本月信用卡年费被扣了两次，要求退回多扣年费");
        assertThat(TextSimilarity.jaccard("信用卡年费被重复扣收 客户反映本月信用卡年费被扣了两次，要求退还多扣的年费",
                "信用卡年费重复扣收 客户反映本月信用卡年费被扣了两次，要求退回多扣年费")).isGreaterThanOrEqualTo(0.6);
        // No coding: the check that follows intake found it by text.
        await(() -> flagged(again));
        assertThat(pairs(again)).containsExactly(first.id() + "/text");
        assertThat(jdbc.sql("select similarity from complaint_repeat where case_id = ?").param(again.id())
                .query(Double.class).single()).isGreaterThanOrEqualTo(0.6);
        assertThat(linked(first, again)).isTrue();
        repeats.check(stranger.id());
        assertThat(flagged(stranger)).as("another customer's identical text").isFalse();
        assertThat(pairs(stranger)).isEmpty();
        assertThat(linked(first, stranger)).isFalse();
    }

    @Test
    void aClosedEarlierCaseIsCountedButNotLinked() throws Exception {
        String customer = org.customer();
        var first = org.open(org.agent, customer, "转账未到账", "跨行转账两天未到账");
        var second = org.open(org.agent, customer, "账户被冻结", "账户无故被冻结无法使用");
        code(first, "K-CA-04", today.minusDays(5));
        code(second, "K-CA-04", today);
        jdbc.sql("update service_case set status = 'archived' where id = ?").param(first.id()).update();
        assertThat(repeats.check(second.id())).isEqualTo(1);
        assertThat(flagged(second)).isTrue();
        assertThat(linked(first, second)).isFalse();
    }

    @Test
    void bigramSimilarity() {
        assertThat(TextSimilarity.jaccard("ＡＢＣ", "abc")).isEqualTo(1.0);
        assertThat(TextSimilarity.jaccard("手机银行", "网点排队")).isZero();
        assertThat(TextSimilarity.jaccard("", "abc")).isZero();
    }

    private void code(ComplaintAnalysisFixtures.Complaint c, String cause, LocalDate acceptedOn) {
        jdbc.sql("update complaint_record set business_code = 'K-BT-06', cause_code = ?, coded_by = 'test',"
                + " coded_at = now(), accepted_on = ? where case_id = ?").params(cause, acceptedOn, c.id()).update();
    }

    private boolean flagged(ComplaintAnalysisFixtures.Complaint c) {
        return jdbc.sql("select repeat_complaint from complaint_record where case_id = ?").param(c.id())
                .query(Boolean.class).single();
    }

    private List<String> pairs(ComplaintAnalysisFixtures.Complaint c) {
        return jdbc.sql("select earlier_case_id || '/' || reason from complaint_repeat where case_id = ?").param(c.id())
                .query(String.class).list();
    }

    private boolean linked(ComplaintAnalysisFixtures.Complaint a, ComplaintAnalysisFixtures.Complaint b) {
        return jdbc.sql("select count(*) from case_link where (case_id = ? and other_id = ?) or (case_id = ? and other_id = ?)")
                .params(a.id(), b.id(), b.id(), a.id()).query(Long.class).single() > 0;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not reached in 20 s");
            }
            Thread.sleep(50);
        }
    }
}
