package org.kefu.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kefu.identity.OrgTree;
import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.platform.Actor;
import org.kefu.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the regulator statistics return for a unit's subtree, counted directly from the complaint records
 * (decision 0027): one grouping-sets query over the period's records, so every figure is a count of the
 * same rows. The unit must be in the caller's scope; a unit elsewhere is answered like an unknown one.
 */
@Service
public class ComplaintStatistics {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final List<String> BUCKETS = List.of("d0-2", "d3-7", "d8-15", "d16-30", "d31+", "open");
    static final List<String> OUTCOMES = List.of("upheld", "partly_upheld", "not_upheld", "undecided");
    static final String UNCODED = "uncoded";
    static final int MAX_DAYS = 366;

    private final StatisticsCounts counts;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final Clock clock;

    ComplaintStatistics(StatisticsCounts counts, OrgUnits orgUnits, MessageSource messages, Clock clock) {
        this.counts = counts;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.clock = clock;
    }

    /** A period and unit as the caller typed them; blanks mean this month (China time) and the caller's unit. */
    public record Query(String from, String to, String unit) {
    }

    @Transactional(readOnly = true)
    public StatisticsReturn of(Query query, Actor actor) {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        LocalDate from = date("from", query.from(), today.withDayOfMonth(1));
        LocalDate to = date("to", query.to(), today);
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "before-from", "complaint-analysis.field.to-before-from");
        }
        // A return covers at most a year: a direct count of a longer period at head office would not be quick.
        if (to.isAfter(from.plusDays(MAX_DAYS - 1))) {
            throw new InvalidInputException("to", "too-long", "complaint-analysis.field.too-long");
        }
        OrgTree tree = orgUnits.tree();
        String code = query.unit() == null || query.unit().isBlank() ? actor.orgUnitCode() : query.unit().strip();
        OrgUnit unit = tree.byCode(code).filter(u -> actor.scope().includes(u.id()))
                .orElseThrow(() -> new InvalidInputException("unit", "not-found", "complaint-analysis.field.unit"));
        StatisticsCounts.Counts c = counts.count(from, to, tree.subtreeIds(unit.id()), clock.instant());
        Map<String, StatisticsCounts.Code> codes = counts.codes();
        List<StatisticsReturn.Block> blocks = new ArrayList<>();
        boolean[] provisional = {false};
        for (String dimension : List.of("channel", "business", "cause")) {
            blocks.add(codeBlock(dimension, c.total(), c.of(dimension), codes, provisional));
        }
        blocks.add(regionBlock(tree, c));
        blocks.add(fixedBlock("handling", BUCKETS, c.total(), c.of("bucket")));
        blocks.add(fixedBlock("outcome", OUTCOMES, c.total(), withUndecided(c.of("outcome"))));
        Map<String, Long> outcomes = c.of("outcome");
        long upheld = outcomes.getOrDefault("upheld", 0L);
        long partly = outcomes.getOrDefault("partly_upheld", 0L);
        long not = outcomes.getOrDefault("not_upheld", 0L);
        long repeats = c.of("repeat").getOrDefault("true", 0L);
        return new StatisticsReturn(unit.code(), unit.nameZh(), unit.nameEn(), from, to, clock.instant(), c.total(),
                blocks, c.of("overdue").getOrDefault("true", 0L), upheld, partly, not,
                StatisticsReturn.percent(upheld + partly, upheld + partly + not), repeats,
                StatisticsReturn.percent(repeats, c.total()), provisional[0]);
    }

    private static LocalDate date(String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isBefore(EARLIEST) || date.getYear() > 2999) {
                throw new InvalidInputException(field, "out-of-range", "complaint-analysis.field." + field);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "invalid", "complaint-analysis.field." + field);
        }
    }

    /** Every active code of the dimension (and any inactive one still counted), in list order, then uncoded. */
    private StatisticsReturn.Block codeBlock(String dimension, long total, Map<String, Long> counted,
                                                    Map<String, StatisticsCounts.Code> codes, boolean[] provisional) {
        List<StatisticsReturn.Row> rows = new ArrayList<>();
        for (StatisticsCounts.Code code : codes.values()) {
            long n = counted.getOrDefault(code.code(), 0L);
            if (code.dimension().equals(dimension) && (code.active() || n > 0)) {
                provisional[0] |= n > 0 && !code.verified();
                rows.add(new StatisticsReturn.Row(code.code(), code.nameZh(), code.nameEn(), code.verified(), n,
                        StatisticsReturn.percent(n, total)));
            }
        }
        Map<String, Long> unknown = new HashMap<>(counted);
        rows.forEach(r -> unknown.remove(r.code()));
        // Uncoded complaints, and codes no longer in the lists, are still counted: the blocks add up to the total.
        unknown.forEach((code, n) -> rows.add(new StatisticsReturn.Row(code,
                messages.getMessage("complaint-analysis." + code, null, code, Locale.SIMPLIFIED_CHINESE),
                messages.getMessage("complaint-analysis." + code, null, code, Locale.ENGLISH), code.equals(UNCODED), n,
                StatisticsReturn.percent(n, total))));
        return new StatisticsReturn.Block(dimension, rows);
    }

    private static StatisticsReturn.Block regionBlock(OrgTree tree, StatisticsCounts.Counts c) {
        Map<String, Long> counted = c.of("region");
        List<StatisticsReturn.Row> rows = new ArrayList<>();
        for (OrgUnit unit : tree.units()) {
            Long n = counted.get(String.valueOf(unit.id()));
            if (n != null) {
                rows.add(new StatisticsReturn.Row(unit.code(), unit.nameZh(), unit.nameEn(), true, n,
                        StatisticsReturn.percent(n, c.total())));
            }
        }
        return new StatisticsReturn.Block("region", rows);
    }

    private StatisticsReturn.Block fixedBlock(String dimension, List<String> keys, long total, Map<String, Long> counted) {
        List<StatisticsReturn.Row> rows = keys.stream().map(key -> {
            long n = counted.getOrDefault(key, 0L);
            String label = "complaint-analysis." + dimension + "." + key;
            return new StatisticsReturn.Row(key, messages.getMessage(label, null, key, Locale.SIMPLIFIED_CHINESE),
                    messages.getMessage(label, null, key, Locale.ENGLISH), true, n, StatisticsReturn.percent(n, total));
        }).toList();
        return new StatisticsReturn.Block(dimension, rows);
    }

    private static Map<String, Long> withUndecided(Map<String, Long> outcomes) {
        Map<String, Long> all = new HashMap<>(outcomes);
        Long undecided = all.remove(UNCODED);
        if (undecided != null) {
            all.put("undecided", undecided);
        }
        return all;
    }
}
