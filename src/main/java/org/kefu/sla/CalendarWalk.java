package org.kefu.sla;

import java.time.LocalDate;

/**
 * Calendar arithmetic by walking day after day through {@link CalendarRules}: slow but valid for any date,
 * so it serves outside the precomputed years and as the reference the fast tables are tested against.
 */
final class CalendarWalk {

    /** Far enough for any deadline; stops a runaway loop on an absurd request. */
    private static final int MAX_DAYS = 366 * 200;

    private final CalendarRules rules;

    CalendarWalk(CalendarRules rules) {
        this.rules = rules;
    }

    /** The instant at which {@code seconds} (> 0) working seconds have passed since {@code from}. */
    long add(long from, long seconds) {
        long remaining = seconds;
        LocalDate day = rules.dateOf(from).minusDays(1);
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            long[] intervals = rules.intervals(day);
            for (int k = 0; k < intervals.length; k += 2) {
                long start = Math.max(intervals[k], from);
                long end = intervals[k + 1];
                if (end <= start) {
                    continue;
                }
                if (remaining <= end - start) {
                    return start + remaining;
                }
                remaining -= end - start;
            }
        }
        throw new IllegalArgumentException("working time too far ahead");
    }

    /** Working seconds from {@code from} (included) to {@code to} (excluded). */
    long between(long from, long to) {
        if (to - from > MAX_DAYS * 86_400L) {
            throw new IllegalArgumentException("working time over too long a span");
        }
        long total = 0;
        LocalDate last = rules.dateOf(to).plusDays(1);
        for (LocalDate day = rules.dateOf(from).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            long[] intervals = rules.intervals(day);
            for (int k = 0; k < intervals.length; k += 2) {
                long start = Math.max(intervals[k], from);
                long end = Math.min(intervals[k + 1], to);
                if (end > start) {
                    total += end - start;
                }
            }
        }
        return total;
    }

    /** The start of the first working interval that ends after {@code at}, or {@code at} inside one. */
    long next(long at) {
        LocalDate day = rules.dateOf(at).minusDays(1);
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            long[] intervals = rules.intervals(day);
            for (int k = 0; k < intervals.length; k += 2) {
                if (intervals[k + 1] > at) {
                    return Math.max(intervals[k], at);
                }
            }
        }
        throw new IllegalArgumentException("no working time ahead");
    }

    /** The {@code n}-th working day after {@code date} (n ≥ 1). */
    LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        LocalDate day = date;
        int found = 0;
        for (int i = 0; i < MAX_DAYS; i++) {
            day = day.plusDays(1);
            if (rules.isWorkingDay(day) && ++found == n) {
                return day;
            }
        }
        throw new IllegalArgumentException("working days too far ahead");
    }

    /** The end of the last working interval of the day. */
    long endOfDay(LocalDate workingDay) {
        long[] intervals = rules.intervals(workingDay);
        return intervals[intervals.length - 1];
    }
}
