package org.kefu.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * A {@link WorkingCalendar} whose working intervals over a range of years are tabulated once: interval
 * bounds in epoch seconds, the running total of working seconds at the end of each interval, and for each UTC
 * day the first interval still open at its start. "Add N minutes" is then a direct index, a step or two,
 * and one binary search; no date-time objects are created on that path. Outside the range every
 * operation walks the rules day by day ({@link CalendarWalk}), so answers stay exact there too.
 * Sub-second parts of the instants given are dropped: the calendar is exact to the second.
 */
final class PrecomputedCalendar implements WorkingCalendar {

    private static final long DAY = 86_400;

    private final String code;
    private final CalendarRules rules;
    private final CalendarWalk walk;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final long rangeStart;
    private final long rangeEnd;
    private final long[] starts;
    private final long[] ends;
    /** Working seconds from rangeStart to the end of interval i. */
    private final long[] totals;
    /** For UTC day b after rangeStart: the first interval with end > rangeStart + b * DAY. */
    private final int[] firstOpen;
    /** Working days among the tabulated days before day i (local dates, i from firstDay). */
    private final int[] workingDaysBefore;
    private final long[] dayEnds;

    PrecomputedCalendar(String code, CalendarRules rules, LocalDate firstDay, LocalDate lastDay) {
        this.code = code;
        this.rules = rules;
        this.walk = new CalendarWalk(rules);
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.rangeStart = rules.epochSecond(firstDay, 0);
        this.rangeEnd = rules.epochSecond(lastDay, 1440);
        int days = (int) (lastDay.toEpochDay() - firstDay.toEpochDay() + 1);
        long[] s = new long[days * 4];
        long[] e = new long[days * 4];
        workingDaysBefore = new int[days + 1];
        dayEnds = new long[days];
        int n = 0;
        for (int d = 0; d < days; d++) {
            long[] intervals = rules.intervals(firstDay.plusDays(d));
            if (s.length < n + intervals.length / 2) {
                s = Arrays.copyOf(s, s.length * 2);
                e = Arrays.copyOf(e, e.length * 2);
            }
            for (int k = 0; k < intervals.length; k += 2) {
                s[n] = intervals[k];
                e[n++] = intervals[k + 1];
            }
            workingDaysBefore[d + 1] = workingDaysBefore[d] + (intervals.length > 0 ? 1 : 0);
            dayEnds[d] = intervals.length > 0 ? intervals[intervals.length - 1] : 0;
        }
        starts = Arrays.copyOf(s, n);
        ends = Arrays.copyOf(e, n);
        totals = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += ends[i] - starts[i];
            totals[i] = sum;
        }
        firstOpen = new int[(int) ((rangeEnd - rangeStart) / DAY) + 2];
        int i = 0;
        for (int b = 0; b < firstOpen.length; b++) {
            while (i < n && ends[i] <= rangeStart + b * DAY) {
                i++;
            }
            firstOpen[b] = i;
        }
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ZoneId zone() {
        return rules.zone();
    }

    LocalDate firstDay() {
        return firstDay;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    private boolean inRange(long t) {
        return t >= rangeStart && t < rangeEnd;
    }

    /** The first interval whose end is after {@code t} (t in range); the interval count when none. */
    private int openAt(long t) {
        int i = firstOpen[(int) ((t - rangeStart) / DAY)];
        while (i < ends.length && ends[i] <= t) {
            i++;
        }
        return i;
    }

    /** Working seconds from rangeStart to {@code t} (t in range). */
    private long position(long t) {
        int i = openAt(t);
        long before = i == 0 ? 0 : totals[i - 1];
        return i < starts.length && t > starts[i] ? before + (t - starts[i]) : before;
    }

    @Override
    public boolean isWorking(Instant at) {
        long t = at.getEpochSecond();
        if (!inRange(t)) {
            return walk.next(t) == t;
        }
        int i = openAt(t);
        return i < starts.length && starts[i] <= t;
    }

    @Override
    public Instant nextWorkingInstant(Instant at) {
        long t = at.getEpochSecond();
        if (inRange(t)) {
            int i = openAt(t);
            if (i < starts.length) {
                return starts[i] <= t ? at : Instant.ofEpochSecond(starts[i]);
            }
            return Instant.ofEpochSecond(walk.next(rangeEnd));
        }
        long next = walk.next(t);
        return next == t ? at : Instant.ofEpochSecond(next);
    }

    @Override
    public Instant addWorkingMinutes(Instant start, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        if (minutes == 0) {
            return start;
        }
        return Instant.ofEpochSecond(add(start.getEpochSecond(), Math.multiplyExact(minutes, 60)));
    }

    private long add(long t, long seconds) {
        if (t < rangeStart) {
            long before = walk.between(t, rangeStart);
            if (seconds <= before) {
                return walk.add(t, seconds);
            }
            seconds -= before;
            t = rangeStart;
        }
        if (t < rangeEnd) {
            long position = position(t);
            long total = totals.length == 0 ? 0 : totals[totals.length - 1];
            // Compared before adding: a huge N must go to the walk (which refuses it), not wrap around.
            if (seconds <= total - position) {
                long target = position + seconds;
                int j = Arrays.binarySearch(totals, target);
                if (j >= 0) {
                    return ends[j];
                }
                j = -j - 1;
                return ends[j] - (totals[j] - target);
            }
            seconds -= total - position;
            t = rangeEnd;
        }
        return walk.add(t, seconds);
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
        long f = from.getEpochSecond();
        long t = to.getEpochSecond();
        if (t <= f) {
            return Duration.ZERO;
        }
        long seconds = 0;
        if (f < rangeStart) {
            seconds += walk.between(f, Math.min(t, rangeStart));
        }
        long a = Math.max(f, rangeStart);
        long b = Math.min(t, rangeEnd);
        if (b > a) {
            seconds += (b == rangeEnd ? totals.length == 0 ? 0 : totals[totals.length - 1] : position(b)) - position(a);
        }
        if (t > rangeEnd) {
            seconds += walk.between(Math.max(f, rangeEnd), t);
        }
        return Duration.ofSeconds(seconds);
    }

    @Override
    public Instant endOfWorkingDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        if (days == 0) {
            return start;
        }
        LocalDate startDay = rules.dateOf(start.getEpochSecond());
        long index = startDay.toEpochDay() - firstDay.toEpochDay();
        if (index >= 0 && index < dayEnds.length) {
            int before = workingDaysBefore[(int) index + 1];
            int last = workingDaysBefore[dayEnds.length];
            if (days > last - before) {
                // Beyond the table (compared without adding: a huge N must not wrap around).
                return Instant.ofEpochSecond(walk.endOfDay(walk.nthWorkingDayAfter(lastDay, days - (last - before))));
            }
            int target = before + days;
            // The smallest day d with workingDaysBefore[d + 1] >= target is the target-th working day.
            int lo = (int) index + 1;
            int hi = dayEnds.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (workingDaysBefore[mid + 1] >= target) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return Instant.ofEpochSecond(dayEnds[lo]);
        }
        return Instant.ofEpochSecond(walk.endOfDay(walk.nthWorkingDayAfter(startDay, days)));
    }
}
