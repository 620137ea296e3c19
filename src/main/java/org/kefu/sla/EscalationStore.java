package org.kefu.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code sla_escalation} (where each case clock stands) and {@code sla_escalation_step} (what fired). */
@Repository
class EscalationStore {

    static final String COLUMNS = "e.id, e.case_id, e.case_number, e.clock, e.org_unit_id, o.code, e.policy_code,"
            + " e.due_at, e.state, e.level, e.warned_at, e.breached_at, e.acknowledge_by, e.acknowledged_by,"
            + " e.acknowledged_at, e.closed_at";
    static final String FROM = " from sla_escalation e join org_unit o on o.id = e.org_unit_id";

    private final JdbcClient jdbc;

    EscalationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One case clock on the chain, as stored. */
    record Escalation(long id, long caseId, String caseNumber, String clock, long unitId, String unitCode,
                      String policyCode, Instant dueAt, String state, int level, Instant warnedAt, Instant breachedAt,
                      Instant acknowledgeBy, String acknowledgedBy, Instant acknowledgedAt, Instant closedAt) {

        public boolean breached() {
            return "breached".equals(state);
        }
    }

    static Escalation map(ResultSet rs, int row) throws SQLException {
        return new Escalation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), instant(rs, 8), rs.getString(9), rs.getInt(10), instant(rs, 11),
                instant(rs, 12), instant(rs, 13), rs.getString(14), instant(rs, 15), instant(rs, 16));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** The open row of the clock, locked: concurrent steps and acknowledgements of one clock take turns. */
    Optional<Escalation> lockOpen(long caseId, String clock) {
        return jdbc.sql("select " + COLUMNS + FROM + " where e.case_id = ? and e.clock = ? and e.closed_at is null"
                + " for update of e").param(caseId).param(clock).query(EscalationStore::map).optional();
    }

    Optional<Escalation> lockOpen(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where e.id = ? and e.closed_at is null for update of e")
                .param(id).query(EscalationStore::map).optional();
    }

    Optional<Escalation> find(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where e.id = ?").param(id).query(EscalationStore::map).optional();
    }

    /**
     * Opens the clock's row at risk (a first warning), or notes a later warning on it; empty when the clock
     * has breached already (a late warning says nothing new). One statement, which also locks the row.
     */
    Optional<Long> warned(TimerStep step, long unitId, Instant now) {
        return jdbc.sql("insert into sla_escalation (case_id, case_number, clock, org_unit_id, policy_code, policy_version,"
                        + " due_at, state, warned_at) values (?, ?, ?, ?, ?, ?, ?, 'at_risk', ?)"
                        + " on conflict (case_id, clock) where closed_at is null"
                        + " do update set warned_at = excluded.warned_at, version = sla_escalation.version + 1"
                        + " where sla_escalation.level = 0 returning id")
                .params(step.caseId(), step.caseNumber(), step.clock(), unitId, blankToNull(step.policyCode()),
                        step.policyVersion(), Timestamp.from(step.deadline()), Timestamp.from(now))
                .query(Long.class).optional();
    }

    /**
     * Opens the row breached at level 1, or moves the at-risk row there; empty when the clock is past level 0
     * already (this breach ran before). One statement, which also locks the row for the rest of the step.
     */
    Optional<Long> breached(TimerStep step, long unitId, Instant now, Instant acknowledgeBy) {
        return jdbc.sql("insert into sla_escalation (case_id, case_number, clock, org_unit_id, policy_code, policy_version,"
                        + " due_at, state, level, breached_at, acknowledge_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 'breached', 1, ?, ?)"
                        + " on conflict (case_id, clock) where closed_at is null"
                        + " do update set state = 'breached', level = 1, breached_at = excluded.breached_at,"
                        + " acknowledge_by = excluded.acknowledge_by, version = sla_escalation.version + 1"
                        + " where sla_escalation.level = 0 returning id")
                .params(step.caseId(), step.caseNumber(), step.clock(), unitId, blankToNull(step.policyCode()),
                        step.policyVersion(), Timestamp.from(step.deadline()), Timestamp.from(now),
                        Timestamp.from(acknowledgeBy))
                .query(Long.class).optional();
    }

    void raised(long id, int level, Instant acknowledgeBy) {
        jdbc.sql("update sla_escalation set level = ?, acknowledge_by = ?, version = version + 1 where id = ?")
                .params(level, Timestamp.from(acknowledgeBy), id).update();
    }

    void acknowledged(long id, String by, Instant at) {
        jdbc.sql("update sla_escalation set state = 'acknowledged', acknowledged_by = ?, acknowledged_at = ?,"
                + " version = version + 1 where id = ?").params(by, Timestamp.from(at), id).update();
    }

    void close(long caseId, String clock) {
        jdbc.sql("update sla_escalation set closed_at = now(), version = version + 1"
                + " where case_id = ? and clock = ? and closed_at is null").params(caseId, clock).update();
    }

    void closeAll(long caseId) {
        jdbc.sql("update sla_escalation set closed_at = now(), version = version + 1"
                + " where case_id = ? and closed_at is null").param(caseId).update();
    }

    /** A step that fired, for {@link #steps}. */
    record Fired(TimerStep step, List<String> recipients) {
    }

    /** Logs the steps of one batch in one statement. */
    void steps(List<Fired> fired, String firedBy, Instant now) {
        if (fired.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(fired.size() * 7);
        for (Fired f : fired) {
            params.addAll(List.of(f.step().caseId(), f.step().clock(), f.step().step(), Timestamp.from(f.step().at()),
                    Timestamp.from(now), firedBy, f.recipients().toArray(String[]::new)));
        }
        jdbc.sql("insert into sla_escalation_step (case_id, clock, step, due_at, fired_at, fired_by, recipients)"
                        + " values " + String.join(", ", Collections.nCopies(fired.size(), "(?, ?, ?, ?, ?, ?, ?)")))
                .params(params).update();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
