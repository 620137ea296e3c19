package org.kefu.sla;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one calendar says about any local date: the weekly rule corrected by the special days, turned into
 * absolute intervals (epoch seconds) in the zone of the calendar. This is the slow, obviously correct definition
 * that {@link PrecomputedCalendar} tabulates and falls back to outside its range.
 */
final class CalendarRules {

    private static final long[] NONE = new long[0];

    private final ZoneId zone;
    private final WorkingHours hours;
    private final Map<LocalDate, CalendarDayType> specialDays;

    CalendarRules(ZoneId zone, WorkingHours hours, List<CalendarDay> days) {
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one working interval a week");
        }
        this.zone = zone;
        this.hours = hours;
        Map<LocalDate, CalendarDayType> special = new HashMap<>();
        days.forEach(day -> special.put(day.date(), day.type()));
        this.specialDays = Map.copyOf(special);
    }

    ZoneId zone() {
        return zone;
    }

    Map<LocalDate, CalendarDayType> specialDays() {
        return specialDays;
    }

    List<WorkingHours.Interval> localIntervals(LocalDate date) {
        CalendarDayType special = specialDays.get(date);
        if (special == CalendarDayType.HOLIDAY) {
            return List.of();
        }
        List<WorkingHours.Interval> normal = hours.on(date.getDayOfWeek());
        if (special == CalendarDayType.WORKDAY && normal.isEmpty()) {
            return hours.makeUpDay();
        }
        return normal;
    }

    /**
     * The working intervals of the day as {start, end, start, end, ...} in epoch seconds. Local times that a DST
     * change skips move forward and ambiguous ones take the earlier offset (the rule of java.time), so an
     * interval across a change is as long as the time that really passes.
     */
    long[] intervals(LocalDate date) {
        List<WorkingHours.Interval> local = localIntervals(date);
        if (local.isEmpty()) {
            return NONE;
        }
        long[] out = new long[local.size() * 2];
        int n = 0;
        long previousEnd = Long.MIN_VALUE;
        for (WorkingHours.Interval interval : local) {
            // An end inside a DST gap moves forward, possibly past the next interval's start: clamp, so
            // no second is counted twice.
            long start = Math.max(epochSecond(date, interval.startMinute()), previousEnd);
            long end = epochSecond(date, interval.endMinute());
            if (end > start) {
                previousEnd = end;
                out[n++] = start;
                out[n++] = end;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    boolean isWorkingDay(LocalDate date) {
        return intervals(date).length > 0;
    }

    long epochSecond(LocalDate date, int minuteOfDay) {
        LocalDate day = minuteOfDay == 1440 ? date.plusDays(1) : date;
        LocalTime time = minuteOfDay == 1440 ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
        return ZonedDateTime.of(day, time, zone).toEpochSecond();
    }

    LocalDate dateOf(long epochSecond) {
        return LocalDate.ofInstant(java.time.Instant.ofEpochSecond(epochSecond), zone);
    }
}
