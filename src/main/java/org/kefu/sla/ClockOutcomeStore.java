package org.kefu.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.kefu.platform.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every clock that stopped, met or not: what the compliance summary counts. */
@Repository
class ClockOutcomeStore {

    private final JdbcClient jdbc;

    ClockOutcomeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long caseId, String clock, Long policyId, Integer policyVersion, long unitId, Instant due,
                Instant stoppedAt) {
        jdbc.sql("insert into sla_clock_outcome (case_id, clock, policy_id, policy_version, org_unit_id, due_at,"
                        + " stopped_at, met) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, clock, policyId, policyVersion, unitId, Timestamp.from(due), Timestamp.from(stoppedAt),
                        !stoppedAt.isAfter(due))
                .update();
    }

    record Share(String key, String clock, long total, long met) {

        public double metPercent() {
            return total == 0 ? 0 : Math.round(1000.0 * met / total) / 10.0;
        }
    }

    /** Met share per policy code and clock, over the units of {@code scope}. */
    List<Share> byPolicy(DataScope scope, Instant from) {
        return jdbc.sql("select coalesce(p.code, 'regulatory') as key, o.clock, count(*) as total,"
                        + " count(*) filter (where o.met) as met from sla_clock_outcome o"
                        + " left join sla_policy p on p.id = o.policy_id where o.stopped_at >= ? and "
                        + scope.sql("o.org_unit_id") + " group by 1, 2 order by 1, 2")
                .params(Timestamp.from(from), scope.sqlArgument())
                .query((rs, n) -> new Share(rs.getString("key"), rs.getString("clock"), rs.getLong("total"),
                        rs.getLong("met"))).list();
    }

    /** Met share per unit code and clock. */
    List<Share> byUnit(DataScope scope, Instant from) {
        return jdbc.sql("select u.code as key, o.clock, count(*) as total, count(*) filter (where o.met) as met"
                        + " from sla_clock_outcome o join org_unit u on u.id = o.org_unit_id where o.stopped_at >= ?"
                        + " and " + scope.sql("o.org_unit_id") + " group by 1, 2 order by 1, 2")
                .params(Timestamp.from(from), scope.sqlArgument())
                .query((rs, n) -> new Share(rs.getString("key"), rs.getString("clock"), rs.getLong("total"),
                        rs.getLong("met"))).list();
    }
}
