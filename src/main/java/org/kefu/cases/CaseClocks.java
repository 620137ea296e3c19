package org.kefu.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.kefu.platform.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the service-level side needs of a case and where it puts its answer: the facts its deadlines depend
 * on, and the deadlines themselves, stored on the case so that queues sort by them (decision 0020). The
 * cases module knows nothing of policies or calendars; it only keeps the instants it is given.
 */
@Service
public class CaseClocks {

    private static final String SELECT = "select c.id, c.number, c.kind, c.category_code, c.priority, c.channel,"
            + " c.org_unit_id, o.code as unit_code, c.status, c.created_at, c.first_response_at, c.resolved_at,"
            + " c.sla_policy_id, c.sla_policy_version, c.first_response_due_at, c.next_update_due_at,"
            + " c.resolution_due_at, c.regulatory_due_at, c.paused_since, c.paused_total_seconds"
            + " from service_case c join org_unit o on o.id = c.org_unit_id where ";

    /** The nearest running deadline of a case row {@code c} (the index of migration V20261128_60); nulls last. */
    static final String NEAREST_DUE =
            "least(c.first_response_due_at, c.next_update_due_at, c.resolution_due_at, c.regulatory_due_at)";

    private final JdbcClient jdbc;

    CaseClocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A case as its clocks see it. {@code segment} is the customer's segment where the case knows it (not
     * yet: null). {@code waiting} is true in the statuses that stop the clocks.
     */
    public record Facts(long caseId, String number, CaseKind kind, String categoryCode, Priority priority,
                        CaseChannel channel, long orgUnitId, String unitCode, String segment, CaseStatus status,
                        Instant createdAt, Instant firstResponseAt, Instant resolvedAt, Deadlines deadlines) {

        public boolean waiting() {
            return status == CaseStatus.WAITING_FOR_CUSTOMER || status == CaseStatus.WAITING_FOR_THIRD_PARTY;
        }

        /** JSON/database names: {@code complaint}, {@code phone}, {@code waiting_for_customer}. */
        public String kindName() {
            return JsonNames.of(kind);
        }

        public String channelName() {
            return JsonNames.of(channel);
        }

        public String statusName() {
            return JsonNames.of(status);
        }
    }

    /**
     * The deadlines of a case; a null due time is a clock that does not run. {@code pausedSince} is set while
     * the clocks stand still; {@code pausedTotalSeconds} is the wall-clock time paused so far.
     */
    public record Deadlines(Long policyId, Integer policyVersion, Instant firstResponseDueAt, Instant nextUpdateDueAt,
                            Instant resolutionDueAt, Instant regulatoryDueAt, Instant pausedSince,
                            long pausedTotalSeconds) {

        public static final Deadlines NONE = new Deadlines(null, null, null, null, null, null, null, 0);

        /** The nearest running deadline, or null. */
        public Instant nearest() {
            Instant nearest = null;
            for (Instant due : new Instant[] {firstResponseDueAt, nextUpdateDueAt, resolutionDueAt, regulatoryDueAt}) {
                if (due != null && (nearest == null || due.isBefore(nearest))) {
                    nearest = due;
                }
            }
            return nearest;
        }
    }

    /** Any case, whatever the scope: for listeners reacting to a change that was already authorised. */
    public Optional<Facts> facts(String number) {
        // Locked: the caller rewrites the deadline columns from what it read, and two changes of one case
        // at once (a portal message, an agent's reply) must not overwrite each other's deadlines.
        return jdbc.sql(SELECT + "c.number = ? for update of c").param(number).query(CaseClocks::facts).optional();
    }

    /** A case within {@code scope}; one outside it is simply not found. */
    public Optional<Facts> facts(String number, DataScope scope) {
        return jdbc.sql(SELECT + "c.number = ? and " + scope.sql("c.org_unit_id"))
                .params(number, scope.sqlArgument()).query(CaseClocks::facts).optional();
    }

    /** A case by its id within {@code scope} (for records of other modules that keep the id). */
    public Optional<Facts> facts(long caseId, DataScope scope) {
        return jdbc.sql(SELECT + "c.id = ? and " + scope.sql("c.org_unit_id"))
                .params(caseId, scope.sqlArgument()).query(CaseClocks::facts).optional();
    }

    /** The deadlines stored on a case; none for an unknown id. */
    Deadlines deadlines(long caseId) {
        return jdbc.sql("select * from service_case where id = ?").param(caseId)
                .query((rs, n) -> deadlines(rs)).optional().orElse(Deadlines.NONE);
    }

    /** Stores the deadlines; the case's version is not touched (nobody's read of the case goes stale). */
    public void write(long caseId, Deadlines d) {
        jdbc.sql("update service_case set sla_policy_id = ?, sla_policy_version = ?, first_response_due_at = ?,"
                        + " next_update_due_at = ?, resolution_due_at = ?, regulatory_due_at = ?, paused_since = ?,"
                        + " paused_total_seconds = ? where id = ?")
                .params(d.policyId(), d.policyVersion(), ts(d.firstResponseDueAt()), ts(d.nextUpdateDueAt()),
                        ts(d.resolutionDueAt()), ts(d.regulatoryDueAt()), ts(d.pausedSince()),
                        d.pausedTotalSeconds(), caseId)
                .update();
    }

    private static Facts facts(ResultSet rs, int row) throws SQLException {
        return new Facts(rs.getLong("id"), rs.getString("number"),
                JsonNames.parse(CaseKind.class, rs.getString("kind")).orElseThrow(), rs.getString("category_code"),
                Priority.valueOf(rs.getString("priority")),
                JsonNames.parse(CaseChannel.class, rs.getString("channel")).orElseThrow(), rs.getLong("org_unit_id"),
                rs.getString("unit_code"), null, JsonNames.parse(CaseStatus.class, rs.getString("status")).orElseThrow(),
                instant(rs, "created_at"), instant(rs, "first_response_at"), instant(rs, "resolved_at"),
                deadlines(rs));
    }

    static Deadlines deadlines(ResultSet rs) throws SQLException {
        return new Deadlines((Long) rs.getObject("sla_policy_id", Long.class),
                (Integer) rs.getObject("sla_policy_version", Integer.class), instant(rs, "first_response_due_at"),
                instant(rs, "next_update_due_at"), instant(rs, "resolution_due_at"), instant(rs, "regulatory_due_at"),
                instant(rs, "paused_since"), rs.getLong("paused_total_seconds"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
