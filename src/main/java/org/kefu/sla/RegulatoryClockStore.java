package org.kefu.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Regulatory clocks and their extensions. */
@Repository
class RegulatoryClockStore {

    private final JdbcClient jdbc;

    RegulatoryClockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The clock of a case, its row locked until the transaction ends (extensions and events serialise). */
    Optional<RegulatoryClock> find(long caseId) {
        return jdbc.sql("select * from sla_regulatory_clock where case_id = ? for update").param(caseId)
                .query(RegulatoryClockStore::map).optional();
    }

    /** The clock of a case for reading (no lock). */
    Optional<RegulatoryClock> read(long caseId) {
        return jdbc.sql("select * from sla_regulatory_clock where case_id = ?").param(caseId)
                .query(RegulatoryClockStore::map).optional();
    }

    void save(RegulatoryClock c) {
        jdbc.sql("insert into sla_regulatory_clock (case_id, jurisdiction, started_at, restarts, paused_since,"
                        + " paused_total_seconds, extended_days, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (case_id) do update set jurisdiction = excluded.jurisdiction,"
                        + " started_at = excluded.started_at, restarts = excluded.restarts,"
                        + " paused_since = excluded.paused_since, paused_total_seconds = excluded.paused_total_seconds,"
                        + " extended_days = excluded.extended_days, decided_at = excluded.decided_at")
                .params(c.caseId(), c.preset().code(), Timestamp.from(c.startedAt()), c.restarts(),
                        ts(c.pausedSince()), c.pausedTotalSeconds(), c.extendedDays(), ts(c.decidedAt()))
                .update();
    }

    record Extension(long id, long caseId, int level, int days, String reason, boolean customerTold, String state,
                     String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt) {
    }

    long addExtension(long caseId, int level, int days, String reason, boolean customerTold, String state,
                      String by, Instant at) {
        return jdbc.sql("insert into sla_clock_extension (case_id, level, days, reason, customer_told, state,"
                        + " requested_by, requested_at, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " returning id")
                .params(caseId, level, days, reason, customerTold, state, by, Timestamp.from(at),
                        "granted".equals(state) ? by : null, "granted".equals(state) ? Timestamp.from(at) : null)
                .query(Long.class).single();
    }

    List<Extension> extensions(long caseId) {
        return jdbc.sql("select * from sla_clock_extension where case_id = ? order by id").param(caseId)
                .query(RegulatoryClockStore::extension).list();
    }

    Optional<Extension> extension(long id) {
        return jdbc.sql("select * from sla_clock_extension where id = ? for update").param(id)
                .query(RegulatoryClockStore::extension).optional();
    }

    void decide(long id, String state, String by, Instant at) {
        jdbc.sql("update sla_clock_extension set state = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(state, by, Timestamp.from(at), id).update();
    }

    /** A restart voids the extensions of the old clock (granted ones stay on record as history). */
    void voidPending(long caseId, String by, Instant at) {
        jdbc.sql("update sla_clock_extension set state = 'rejected', decided_by = ?, decided_at = ?"
                + " where case_id = ? and state = 'pending'").params(by, Timestamp.from(at), caseId).update();
    }

    private static RegulatoryClock map(ResultSet rs, int row) throws SQLException {
        return new RegulatoryClock(rs.getLong("case_id"),
                RegulatoryClockPreset.of(rs.getString("jurisdiction")).orElseThrow(), instant(rs, "started_at"),
                rs.getInt("restarts"), instant(rs, "paused_since"), rs.getLong("paused_total_seconds"),
                rs.getInt("extended_days"), instant(rs, "decided_at"));
    }

    private static Extension extension(ResultSet rs, int row) throws SQLException {
        return new Extension(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("level"), rs.getInt("days"),
                rs.getString("reason"), rs.getBoolean("customer_told"), rs.getString("state"),
                rs.getString("requested_by"), instant(rs, "requested_at"), rs.getString("decided_by"),
                instant(rs, "decided_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
