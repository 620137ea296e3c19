package org.kefu.sla;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The policy tables: policies in match order, each with its versions (never updated, only added). */
@Repository
class PolicyStore {

    private static final String SELECT = "select p.id, p.code, p.position, v.* from sla_policy p"
            + " join sla_policy_version v on v.policy_id = p.id ";

    private final JdbcClient jdbc;

    PolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version of every policy, in match order. */
    List<SlaPolicy> current() {
        return jdbc.sql(SELECT + "and v.version = p.current_version order by p.position, p.id")
                .query(PolicyStore::map).list();
    }

    Optional<SlaPolicy> current(long id) {
        return jdbc.sql(SELECT + "and v.version = p.current_version where p.id = ?").param(id)
                .query(PolicyStore::map).optional();
    }

    Optional<SlaPolicy> version(long id, int version) {
        return jdbc.sql(SELECT + "where p.id = ? and v.version = ?").params(id, version)
                .query(PolicyStore::map).optional();
    }

    /** Every version of a policy, newest first. */
    List<SlaPolicy> versions(long id) {
        return jdbc.sql(SELECT + "where p.id = ? order by v.version desc").param(id).query(PolicyStore::map).list();
    }

    boolean codeExists(String code) {
        return jdbc.sql("select count(*) from sla_policy where code = ?").param(code).query(Long.class).single() > 0;
    }

    /** A new policy placed before the catch-all positions (after every other policy). */
    long create(String code, int position) {
        return jdbc.sql("insert into sla_policy (code, position, current_version) values (?, ?, 0) returning id")
                .params(code, position).query(Long.class).single();
    }

    /** Adds the next version and makes it current; returns its number. The policy row is locked first. */
    int addVersion(long id, SlaPolicy p) {
        int next = jdbc.sql("update sla_policy set current_version = current_version + 1 where id = ?"
                + " returning current_version").param(id).query(Integer.class).single();
        PolicyMatch m = p.match();
        jdbc.sql("insert into sla_policy_version (policy_id, version, name, kinds, categories, priorities, channels,"
                        + " segments, units, first_response_amount, first_response_unit, next_update_amount,"
                        + " next_update_unit, resolution_amount, resolution_unit, calendar_code, warnings,"
                        + " reassign_on_escalation, author, created_at, reason) values (?, ?, ?, ?::text[], ?::text[],"
                        + " ?::text[], ?::text[], ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?::numeric[], ?, ?, ?, ?)")
                .params(id, next, p.name(), array(m.kinds()), array(m.categories()), array(m.priorities()),
                        array(m.channels()), array(m.segments()), array(m.units()), amount(p.firstResponse()),
                        unit(p.firstResponse()), amount(p.nextUpdate()), unit(p.nextUpdate()), amount(p.resolution()),
                        unit(p.resolution()), p.calendarCode(),
                        "{" + String.join(",", p.warnings().stream().map(String::valueOf).toList()) + "}",
                        p.reassignOnEscalation(), p.author(), Timestamp.from(p.createdAt()), p.reason())
                .update();
        return next;
    }

    void position(long id, int position) {
        jdbc.sql("update sla_policy set position = ? where id = ?").params(position, id).update();
    }

    /** Serialises edits and reorders of the policy list (two admins editing at once). */
    void lockAll() {
        jdbc.sql("lock table sla_policy in share row exclusive mode").update();
    }

    private static String array(List<String> values) {
        return "{" + String.join(",", values.stream().map(v -> "\"" + v.replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"").toList()) + "}";
    }

    private static Integer amount(PolicyTarget t) {
        return t == null ? null : t.amount();
    }

    private static String unit(PolicyTarget t) {
        return t == null ? null : t.unit().jsonName();
    }

    private static SlaPolicy map(ResultSet rs, int row) throws SQLException {
        PolicyMatch match = new PolicyMatch(list(rs.getArray("kinds")), list(rs.getArray("categories")),
                list(rs.getArray("priorities")), list(rs.getArray("channels")), list(rs.getArray("segments")),
                list(rs.getArray("units")));
        List<Double> warnings = Arrays.stream((BigDecimal[]) rs.getArray("warnings").getArray())
                .map(BigDecimal::doubleValue).toList();
        Timestamp created = rs.getTimestamp("created_at");
        return new SlaPolicy(rs.getLong("id"), rs.getString("code"), rs.getInt("position"), rs.getInt("version"),
                rs.getString("name"), match, target(rs, "first_response"), target(rs, "next_update"),
                target(rs, "resolution"), rs.getString("calendar_code"), warnings,
                rs.getBoolean("reassign_on_escalation"), rs.getString("author"),
                created == null ? Instant.EPOCH : created.toInstant(), rs.getString("reason"));
    }

    private static PolicyTarget target(ResultSet rs, String prefix) throws SQLException {
        Integer amount = (Integer) rs.getObject(prefix + "_amount", Integer.class);
        return amount == null ? null : new PolicyTarget(amount,
                PolicyTarget.Unit.parse(rs.getString(prefix + "_unit")).orElseThrow());
    }

    private static List<String> list(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
