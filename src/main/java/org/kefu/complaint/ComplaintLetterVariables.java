package org.kefu.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kefu.platform.FieldCipher;
import org.kefu.sla.RegulatoryMilestones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a letter says, gathered at issue and then frozen: the complaint record, the case's contact name (or
 * the customer's), the regulatory dates, the extension or the decision, and the institution's texts. Values
 * are plain JSON types (dates ISO, amounts as text) so they read back exactly as they were written.
 */
@Component
class ComplaintLetterVariables {

    /** 银行业保险业消费投诉处理管理办法 art. 27: a review may be asked for within 30 days of the decision. */
    static final int REVIEW_DAYS = 30;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The cases module's field name for the contact's name (its envelope binds it). */
    private static final String CASE_CONTACT_NAME = "case.contact-name";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final RegulatoryMilestones milestones;
    private final ComplaintLetterProperties properties;

    ComplaintLetterVariables(JdbcClient jdbc, FieldCipher cipher, RegulatoryMilestones milestones,
                             ComplaintLetterProperties properties) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.milestones = milestones;
        this.properties = properties;
    }

    /** The complaint behind a case: its record's number, acceptance date and the customer's language. */
    record Complaint(long caseId, String number, LocalDate acceptedOn, String locale) {
    }

    Optional<Complaint> complaint(String caseNumber) {
        return jdbc.sql("select case_id, case_number, accepted_on, locale from complaint_record where case_number = ?")
                .param(caseNumber)
                .query((rs, n) -> new Complaint(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4)))
                .optional();
    }

    Map<String, Object> acceptance(Complaint c, Instant issuedAt) {
        Map<String, Object> v = common(c, issuedAt);
        v.put("milestones", milestones.of(c.caseId()).stream().filter(m -> !m.optional())
                .map(m -> Map.of("name", m.name(), "dueOn", dayOf(m.dueAt()).toString())).toList());
        return v;
    }

    /** Empty for an extension of another case, or one that was not granted. */
    Optional<Map<String, Object>> extension(Complaint c, long extensionId, Instant issuedAt) {
        return milestones.extension(extensionId)
                .filter(e -> e.caseId() == c.caseId() && List.of("granted", "approved").contains(e.state()))
                .map(e -> {
                    Map<String, Object> v = common(c, issuedAt);
                    v.put("days", e.days());
                    v.put("reason", e.reason());
                    // The last binding milestone is the one the extension moved: the decision.
                    List<RegulatoryMilestones.Milestone> due = milestones.of(c.caseId()).stream()
                            .filter(m -> !m.optional()).toList();
                    v.put("newDueOn", due.isEmpty() ? null : dayOf(due.get(due.size() - 1).dueAt()).toString());
                    return v;
                });
    }

    /**
     * The version of the decision on record (empty: none), its row locked against change until the letter is
     * stored, so the letter says the version it is filed under.
     */
    Optional<Integer> decisionVersion(Complaint c) {
        return jdbc.sql("select version from complaint_decision where case_id = ? for share").param(c.caseId())
                .query(Integer.class).optional();
    }

    /** Empty when no decision was recorded. */
    Optional<Map<String, Object>> decision(Complaint c, Instant issuedAt) {
        return jdbc.sql("select outcome, remedy, compensation, compensation_state from complaint_decision where case_id = ?")
                .param(c.caseId())
                .query((rs, n) -> {
                    Map<String, Object> v = common(c, issuedAt);
                    v.put("outcome", rs.getString("outcome"));
                    v.put("remedy", rs.getString("remedy"));
                    BigDecimal amount = rs.getBigDecimal("compensation");
                    boolean paid = amount.signum() > 0 && !List.of("rejected", "pending")
                            .contains(rs.getString("compensation_state"));
                    v.put("compensation", paid ? amount.setScale(2).toPlainString() : null);
                    v.put("reviewDays", REVIEW_DAYS);
                    v.put("hotline", properties.hotline().in(c.locale()));
                    return v;
                })
                .optional();
    }

    private Map<String, Object> common(Complaint c, Instant issuedAt) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("caseNumber", c.number());
        v.put("locale", c.locale());
        v.put("institution", properties.institution().in(c.locale()));
        v.put(ComplaintLetterStore.NAME_VARIABLE, customerName(c));
        v.put("acceptedOn", c.acceptedOn().toString());
        v.put("issuedOn", issuedAt.atZone(CHINA).toLocalDate().toString());
        return v;
    }

    /** The name the customer gave with the case, else the known customer's (null: none); never logged. */
    private String customerName(Complaint c) {
        return jdbc.sql("select c.contact_name_enc, k.name from service_case c"
                        + " left join customer k on k.number = c.customer_number where c.id = ?")
                .param(c.caseId())
                .query((rs, n) -> {
                    String given = cipher.decrypt(CASE_CONTACT_NAME, rs.getString(1));
                    return given != null && !given.isBlank() ? given.strip() : rs.getString(2);
                })
                .optional().filter(name -> name != null && !name.isBlank()).orElse(null);
    }

    /** A deadline at midnight belongs to the day before it: the customer reads "by 15 December". */
    static LocalDate dayOf(Instant dueAt) {
        return dueAt.minusSeconds(1).atZone(CHINA).toLocalDate();
    }
}
