package org.kefu.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kefu.platform.Actor;
import org.kefu.platform.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the complaint module may read and do with the cases behind complaints, as the system actor
 * {@code complaint} (it has checked its own permissions first): the facts it records and computes with, and
 * linking a repeat complaint to the earlier one, so both timelines show it.
 */
@Service
public class ComplaintCases {

    private static final Actor COMPLAINT = new Actor(Actor.Type.SYSTEM, "complaint", null, null, null,
            Set.of(CasesPermissions.READ, CasesPermissions.WORK), DataScope.all());

    private final JdbcClient jdbc;
    private final Cases cases;
    private final CaseReleases releases;

    ComplaintCases(JdbcClient jdbc, Cases cases, CaseReleases releases) {
        this.releases = releases;
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /** A case as the complaint module sees it. Kind, channel and status are lower_snake_case as in the API. */
    public record Facts(long id, String number, String kind, String channel, String status, String priority,
                        long unitId, String owner, String customerNumber, Instant createdAt, Instant resolvedAt,
                        Instant regulatoryDueAt, List<String> flags, int version) {
    }

    @Transactional(readOnly = true)
    public Optional<Facts> facts(String number) {
        return jdbc.sql(SELECT + " where c.number = ?").param(number).query(ComplaintCases::facts).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Facts> facts(long caseId) {
        return jdbc.sql(SELECT + " where c.id = ?").param(caseId).query(ComplaintCases::facts).optional();
    }

    /**
     * Takes the case away from an owner whom a {@link CaseWorkerVeto} now keeps away (the staff complained
     * about, or their manager) and routes it within its unit to someone allowed, else leaves it in the queue.
     * Timeline and audit show it as the complaint module's. False when the owner may keep it.
     */
    @Transactional
    public boolean releaseIfVetoed(String number, String reason) {
        return releases.releaseIfVetoed(number, reason, COMPLAINT);
    }

    /** Links two open cases (a repeat complaint and the earlier one); linking again changes nothing. */
    @Transactional
    public void link(String number, String otherNumber) {
        cases.link(number, otherNumber, COMPLAINT);
    }

    private static final String SELECT = "select c.id, c.number, c.kind, c.channel, c.status, c.priority,"
            + " c.org_unit_id, c.owner, c.customer_number, c.created_at, c.resolved_at, c.regulatory_due_at,"
            + " c.flags, c.version from service_case c";

    private static Facts facts(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Timestamp resolved = rs.getTimestamp("resolved_at");
        java.sql.Timestamp due = rs.getTimestamp("regulatory_due_at");
        return new Facts(rs.getLong("id"), rs.getString("number"), rs.getString("kind"), rs.getString("channel"),
                rs.getString("status"), rs.getString("priority"), rs.getLong("org_unit_id"), rs.getString("owner"),
                rs.getString("customer_number"), rs.getTimestamp("created_at").toInstant(),
                resolved == null ? null : resolved.toInstant(), due == null ? null : due.toInstant(),
                List.of((String[]) rs.getArray("flags").getArray()), rs.getInt("version"));
    }
}
