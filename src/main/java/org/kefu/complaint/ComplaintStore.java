package org.kefu.complaint;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complaint records and decisions as rows; every write checks the version the caller read. */
@Repository
class ComplaintStore {

    private final JdbcClient jdbc;

    ComplaintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ComplaintRecord> find(String caseNumber) {
        return jdbc.sql(SELECT + " where r.case_number = ?").param(caseNumber).query(ComplaintStore::row).optional();
    }

    Optional<ComplaintRecord> find(long caseId) {
        return jdbc.sql(SELECT + " where r.case_id = ?").param(caseId).query(ComplaintStore::row).optional();
    }

    Optional<String> subjectStaff(long caseId) {
        return jdbc.sql("select subject_staff from complaint_record where case_id = ? and subject_staff is not null")
                .param(caseId).query(String.class).list().stream().findFirst();
    }

    /**
     * Locks the case row, then the record, until the caller's transaction ends, and answers the case's status
     * as it is now. Every writer of a complaint takes its locks in this one order (case, record, decision), as
     * the case's own paths do (hand-over updates the case, then the record follows its unit), so none deadlock;
     * and a status change waits for us, so the status we check stays true until we commit.
     */
    String lockForChange(long caseId) {
        String status = jdbc.sql("select status from service_case where id = ? for no key update").param(caseId)
                .query(String.class).single();
        jdbc.sql("select version from complaint_record where case_id = ? for update").param(caseId)
                .query(Integer.class).single();
        return status;
    }

    /** False when the record changed since {@code version}. */
    boolean code(long caseId, int version, ComplaintCoding.Valid v, String by, Instant now) {
        return jdbc.sql("update complaint_record set channel_code = ?, business_code = ?, cause_code = ?,"
                        + " coded_by = ?, coded_at = ?, products = ?, amount_in_dispute = ?, demand = ?,"
                        + " media_attention = ?, regulator_reference = ?, jurisdiction = ?, subject_staff = ?,"
                        + " locale = ?, version = version + 1, updated_at = ? where case_id = ? and version = ?")
                .params(v.channelCode(), v.businessCode(), v.causeCode(), by, Timestamp.from(now),
                        v.products().toArray(String[]::new), v.amountInDispute(), v.demand(), v.mediaAttention(),
                        v.regulatorReference(), v.jurisdiction(), v.subjectStaff(), v.locale(), Timestamp.from(now),
                        caseId, version)
                .update() == 1;
    }

    /** Records (or replaces) the decision; false when the record changed since {@code version}. */
    boolean decide(long caseId, int version, String outcome, String remedy, BigDecimal compensation, String state,
                   String comment, String by, Instant now) {
        if (jdbc.sql("update complaint_record set outcome = ?, decided_at = ?, version = version + 1, updated_at = ?"
                        + " where case_id = ? and version = ?")
                .params(outcome, Timestamp.from(now), Timestamp.from(now), caseId, version).update() != 1) {
            return false;
        }
        jdbc.sql("insert into complaint_decision (case_id, outcome, remedy, compensation, compensation_state,"
                        + " decided_by, decided_at, compensation_comment) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (case_id) do update set outcome = excluded.outcome, remedy = excluded.remedy,"
                        + " compensation = excluded.compensation, compensation_state = excluded.compensation_state,"
                        + " decided_by = excluded.decided_by, decided_at = excluded.decided_at,"
                        + " compensation_checked_by = null, compensation_checked_at = null,"
                        + " compensation_comment = excluded.compensation_comment, version = complaint_decision.version + 1")
                .params(caseId, outcome, remedy, compensation, state, by, Timestamp.from(now), comment).update();
        return true;
    }

    /**
     * The checker's answer to pending compensation, on the record as the checker saw it ({@code version}):
     * false when the record changed since, or the compensation is no longer pending. The record is written
     * first, then the decision (the lock order of {@link #decide}).
     */
    boolean checkCompensation(long caseId, int version, boolean approved, String comment, String by, Instant now) {
        if (jdbc.sql("update complaint_record set version = version + 1, updated_at = ? where case_id = ? and version = ?"
                        + " and exists (select 1 from complaint_decision d where d.case_id = ? and d.compensation_state = 'pending')")
                .params(Timestamp.from(now), caseId, version, caseId).update() != 1) {
            return false;
        }
        return jdbc.sql("update complaint_decision set compensation_state = ?, compensation_checked_by = ?,"
                        + " compensation_checked_at = ?, compensation_comment = ?, version = version + 1"
                        + " where case_id = ? and compensation_state = 'pending'")
                .params(approved ? "approved" : "rejected", by, Timestamp.from(now), comment, caseId).update() == 1;
    }

    /** Demo data: a plausible coding and a decision without compensation, where none is recorded yet. */
    void demoCodeAndDecide(long caseId, String handler) {
        jdbc.sql("update complaint_record set business_code = 'K-BT-99', cause_code = 'K-CA-02', coded_by = ?,"
                + " coded_at = now(), outcome = 'partly_upheld', decided_at = now(), version = version + 1,"
                + " updated_at = now() where case_id = ? and coded_at is null").params(handler, caseId).update();
        jdbc.sql("insert into complaint_decision (case_id, outcome, remedy, compensation, compensation_state,"
                        + " decided_by, decided_at) select case_id, 'partly_upheld', '已核实并按规定处理', 0, 'none', ?, now()"
                        + " from complaint_record where case_id = ? on conflict (case_id) do nothing")
                .params(handler, caseId).update();
    }

    /** The record follows its case into another unit (and region), for the statistics. */
    void followUnit(String caseNumber) {
        jdbc.sql("update complaint_record r set org_unit_id = c.org_unit_id, region_unit_id = "
                        + ComplaintIntake.REGION_OF_UNIT
                        + " from service_case c join org_unit u on u.id = c.org_unit_id"
                        + " where c.id = r.case_id and r.case_number = ? and r.org_unit_id <> c.org_unit_id")
                .param(caseNumber).update();
    }

    private static final String SELECT = "select r.*, d.outcome d_outcome, d.remedy, d.compensation,"
            + " d.compensation_state, d.decided_by, d.decided_at d_decided_at, d.compensation_checked_by,"
            + " d.compensation_checked_at, d.compensation_comment"
            + " from complaint_record r left join complaint_decision d on d.case_id = r.case_id";

    private static ComplaintRecord row(ResultSet rs, int n) throws SQLException {
        ComplaintRecord.Decision decision = rs.getString("d_outcome") == null ? null : new ComplaintRecord.Decision(
                rs.getString("d_outcome"), rs.getString("remedy"), rs.getBigDecimal("compensation"),
                rs.getString("compensation_state"), rs.getString("decided_by"), instant(rs, "d_decided_at"),
                rs.getString("compensation_checked_by"), instant(rs, "compensation_checked_at"),
                rs.getString("compensation_comment"));
        return new ComplaintRecord(rs.getLong("case_id"), rs.getString("case_number"), rs.getLong("org_unit_id"),
                rs.getDate("accepted_on").toLocalDate(), rs.getString("channel_code"), rs.getString("business_code"),
                rs.getString("cause_code"), rs.getString("coded_by"), instant(rs, "coded_at"),
                List.of((String[]) rs.getArray("products").getArray()), rs.getBigDecimal("amount_in_dispute"),
                rs.getString("demand"), rs.getBoolean("media_attention"), rs.getString("regulator_reference"),
                rs.getString("jurisdiction"), rs.getString("subject_staff"), rs.getString("locale"),
                rs.getBoolean("repeat_complaint"), rs.getInt("version"), decision);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
