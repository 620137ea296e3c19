package org.kefu.survey;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.kefu.cases.CaseChannel;
import org.kefu.cases.CaseKind;
import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.platform.Actor;
import org.kefu.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey figures the caller may see: invitations sent and responses submitted within the period (China
 * days, both ends included), of cases in the caller's data scope, narrowed by unit (with the units below it),
 * agent (the case's owner at resolution), kind and channel. Groups by unit, agent, kind, channel or month.
 * Invitations carry the case's facts at resolution, so nothing here reads the cases tables.
 */
@Service
class SurveyMetricsQuery {

    static final List<String> GROUPS = List.of("unit", "agent", "kind", "channel", "month");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    record Criteria(LocalDate from, LocalDate to, String unit, String agent, String kind, String channel,
                    String groupBy) {
    }

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final SurveyProperties properties;

    SurveyMetricsQuery(JdbcClient jdbc, OrgUnits units, SurveyProperties properties) {
        this.jdbc = jdbc;
        this.units = units;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    SurveyReport report(Criteria c, Actor actor) {
        LocalDate to = c.to() != null ? c.to() : LocalDate.now(CHINA);
        LocalDate from = c.from() != null ? c.from() : to.minusDays(29);
        if (from.isAfter(to)) {
            throw new InvalidInputException("to", "out-of-range", "survey.field.period");
        }
        if (c.groupBy() != null && !GROUPS.contains(c.groupBy())) {
            throw new InvalidInputException("groupBy", "invalid", "survey.field.group-by");
        }
        known("kind", c.kind(), CaseKind.values());
        known("channel", c.channel(), CaseChannel.values());
        StringBuilder where = new StringBuilder(actor.scope().sql("i.org_unit_id"));
        List<Object> args = new ArrayList<>(List.of(actor.scope().sqlArgument()));
        if (c.unit() != null) {
            OrgUnit unit = units.tree().byCode(c.unit()).filter(u -> actor.scope().includes(u.id()))
                    .orElseThrow(() -> new InvalidInputException("unit", "not-found", "survey.field.unit"));
            where.append(" and i.org_unit_id = any(?::bigint[])");
            args.add(units.tree().subtreeIds(unit.id()).toArray(Long[]::new));
        }
        filter(where, args, "i.agent", c.agent());
        filter(where, args, "i.case_kind", c.kind());
        filter(where, args, "i.case_channel", c.channel());
        Timestamp start = Timestamp.from(from.atStartOfDay(CHINA).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(CHINA).toInstant());

        Map<String, long[]> sent = new TreeMap<>();
        List<Object> sentArgs = new ArrayList<>(args);
        sentArgs.addAll(List.of(start, end));
        jdbc.sql("select " + key(c.groupBy(), "i.sent_at") + " as k, count(*) as sent, count(i.used_at) as answered"
                        + " from survey_invitation i join org_unit o on o.id = i.org_unit_id where " + where
                        + " and i.sent_at >= ? and i.sent_at < ? group by 1").params(sentArgs)
                .query(rs -> {
                    sent.put(rs.getString("k"), new long[] {rs.getLong("sent"), rs.getLong("answered")});
                });
        Map<String, Map<Long, List<SurveyMetrics.Answer>>> responses = new TreeMap<>();
        jdbc.sql("select r.id, " + key(c.groupBy(), "r.submitted_at") + " as k, q.type, q.indicator, q.weight,"
                        + " a.score from survey_response r join survey_invitation i on i.id = r.invitation_id"
                        + " join org_unit o on o.id = i.org_unit_id left join (survey_answer a join survey_question q"
                        + " on q.id = a.question_id and q.type <> 'text') on a.response_id = r.id"
                        + " where " + where + " and r.submitted_at >= ? and r.submitted_at < ?"
                        + " order by r.id, q.position").params(sentArgs)
                .query(rs -> {
                    List<SurveyMetrics.Answer> answers = responses.computeIfAbsent(rs.getString("k"),
                            k -> new LinkedHashMap<>()).computeIfAbsent(rs.getLong("id"), id -> new ArrayList<>());
                    if (rs.getString("type") != null) {
                        answers.add(new SurveyMetrics.Answer(rs.getString("type"), rs.getString("indicator"),
                                rs.getBigDecimal("weight"), rs.getInt("score")));
                    }
                });

        List<SurveyReport.Group> groups = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(sent.keySet());
        keys.addAll(responses.keySet());
        for (String k : keys) {
            groups.add(new SurveyReport.Group(k, figures(List.of(k), sent, responses)));
        }
        SurveyMetrics.Figures total = figures(keys, sent, responses);
        SurveyProperties.Target target = properties.target();
        return new SurveyReport(from, to, c.groupBy(), total, c.groupBy() == null ? List.of() : groups,
                target.csat(), target.goodRating(), total.csat() == null ? null : total.csat() >= target.csat(),
                total.goodRating() == null ? null : total.goodRating() >= target.goodRating());
    }

    private static SurveyMetrics.Figures figures(java.util.Collection<String> keys, Map<String, long[]> sent,
                                                 Map<String, Map<Long, List<SurveyMetrics.Answer>>> responses) {
        long invitations = 0;
        long answered = 0;
        List<SurveyMetrics.Response> rs = new ArrayList<>();
        for (String k : keys) {
            long[] s = sent.getOrDefault(k, new long[2]);
            invitations += s[0];
            answered += s[1];
            responses.getOrDefault(k, Map.of()).values().forEach(a -> rs.add(new SurveyMetrics.Response(a)));
        }
        return SurveyMetrics.of(invitations, answered, rs);
    }

    private static String key(String groupBy, String at) {
        if (groupBy == null) {
            return "'all'";
        }
        return switch (groupBy) {
            case "unit" -> "o.code";
            case "agent" -> "coalesce(i.agent, '-')";
            case "kind" -> "i.case_kind";
            case "channel" -> "i.case_channel";
            default -> "to_char(" + at + " at time zone 'Asia/Shanghai', 'YYYY-MM')";
        };
    }

    private static void filter(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static void known(String field, String value, Enum<?>[] values) {
        if (value != null && Arrays.stream(values).noneMatch(v -> v.name().toLowerCase(Locale.ROOT).equals(value))) {
            throw new InvalidInputException(field, "invalid", "survey.field." + field);
        }
    }
}
