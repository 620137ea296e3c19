package org.kefu.complaint;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The direct count behind the statistics return: one pass over the complaint records accepted in the period
 * in the given units (index {@code complaint_record_stats_idx}), joined to their case for the resolution and
 * regulatory due times, grouped by every dimension at once with grouping sets.
 */
@Repository
class StatisticsCounts {

    /**
     * Handling time in calendar days from the China date of acceptance to the China date of resolution. A
     * reopened complaint keeps its first resolved_at but is open again: "done" looks at the status as well.
     */
    private static final String ROWS = """
            select r.channel_code channel, r.business_code business, r.cause_code cause, r.region_unit_id::text region,
                   r.outcome, r.repeat_complaint::text rep,
                   case when not h.done then 'open'
                        else case when d <= 2 then 'd0-2' when d <= 7 then 'd3-7' when d <= 15 then 'd8-15'
                                  when d <= 30 then 'd16-30' else 'd31+' end end bucket,
                   coalesce(case when h.done then s.resolved_at > s.regulatory_due_at
                         else s.status not in ('cancelled', 'archived') and s.regulatory_due_at < ? end, false)::text overdue
            from complaint_record r join service_case s on s.id = r.case_id
              cross join lateral (select (s.resolved_at at time zone 'Asia/Shanghai')::date - r.accepted_on d,
                s.resolved_at is not null and s.status in ('resolved', 'followed_up', 'archived') done) h
            where r.accepted_on between ? and ? and r.org_unit_id = any(?::bigint[])
            """;

    private static final String GROUPED = "select case when grouping(channel) = 0 then 'channel'"
            + " when grouping(business) = 0 then 'business' when grouping(cause) = 0 then 'cause'"
            + " when grouping(region) = 0 then 'region' when grouping(bucket) = 0 then 'bucket'"
            + " when grouping(overdue) = 0 then 'overdue' when grouping(outcome) = 0 then 'outcome'"
            + " when grouping(rep) = 0 then 'repeat' else 'total' end dim,"
            + " coalesce(channel, business, cause, region, bucket, overdue, outcome, rep) k, count(*) n"
            + " from (" + ROWS + ") x group by grouping sets ((channel), (business), (cause), (region), (bucket),"
            + " (overdue), (outcome), (rep), ())";

    private final JdbcClient jdbc;

    StatisticsCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Code(String dimension, String code, String nameZh, String nameEn, boolean active, boolean verified) {
    }

    /** Counts by dimension and key; a null key (uncoded, undecided) is {@value ComplaintStatistics#UNCODED}. */
    record Counts(long total, Map<String, Map<String, Long>> byDimension) {

        Map<String, Long> of(String dimension) {
            return byDimension.getOrDefault(dimension, Map.of());
        }
    }

    Counts count(LocalDate from, LocalDate to, Set<Long> unitIds, Instant now) {
        Map<String, Map<String, Long>> all = new HashMap<>();
        long[] total = {0};
        jdbc.sql(GROUPED).params(Timestamp.from(now), from, to, unitIds.toArray(Long[]::new)).query(rs -> {
            String dim = rs.getString("dim");
            long n = rs.getLong("n");
            if (dim.equals("total")) {
                total[0] = n;
            } else {
                String key = rs.getString("k");
                all.computeIfAbsent(dim, d -> new HashMap<>()).merge(key == null ? ComplaintStatistics.UNCODED : key,
                        n, Long::sum);
            }
        });
        return new Counts(total[0], all);
    }

    /** The coding lists in list order, keyed by dimension and code. */
    Map<String, Code> codes() {
        Map<String, Code> codes = new LinkedHashMap<>();
        jdbc.sql("select dimension, code, name_zh, name_en, active, verified from complaint_code"
                        + " order by dimension, position, code")
                .query((rs, i) -> new Code(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6)))
                .list().forEach(c -> codes.put(c.dimension() + "/" + c.code(), c));
        return codes;
    }
}
