package org.kefu.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One target of a policy: an amount of calendar or working minutes, hours or days. Working time is counted
 * on a {@link WorkingCalendar}; "N working days" is the end of the N-th working day after the start day, as
 * regulations count it; "N calendar days" likewise ends at midnight after the N-th day (start day not counted).
 */
record PolicyTarget(int amount, Unit unit) {

    enum Unit {
        CALENDAR_MINUTES, CALENDAR_HOURS, CALENDAR_DAYS, WORKING_MINUTES, WORKING_HOURS, WORKING_DAYS;

        String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Unit> parse(String text) {
            return Arrays.stream(values()).filter(u -> u.jsonName().equals(text)).findFirst();
        }

        boolean working() {
            return this == WORKING_MINUTES || this == WORKING_HOURS || this == WORKING_DAYS;
        }
    }

    /** When the target falls due for a clock started at {@code start}. */
    Instant dueFrom(Instant start, WorkingCalendar calendar) {
        return switch (unit) {
            case CALENDAR_MINUTES -> start.plus(Duration.ofMinutes(amount));
            case CALENDAR_HOURS -> start.plus(Duration.ofHours(amount));
            case CALENDAR_DAYS -> endOfCalendarDays(start, amount, calendar);
            case WORKING_MINUTES -> calendar.addWorkingMinutes(start, amount);
            case WORKING_HOURS -> calendar.addWorkingMinutes(start, amount * 60L);
            case WORKING_DAYS -> calendar.endOfWorkingDays(start, amount);
        };
    }

    /** Midnight (in the calendar's zone) after the {@code days}-th day following the start day. */
    static Instant endOfCalendarDays(Instant start, int days, WorkingCalendar calendar) {
        LocalDate day = start.atZone(calendar.zone()).toLocalDate();
        return day.plusDays(days + 1L).atStartOfDay(calendar.zone()).toInstant();
    }

    /**
     * The instant at {@code fraction} of the way from {@code start} to {@code due}: in working time for a
     * working target, in wall-clock time otherwise (for the early warnings of the timers).
     */
    Instant fractionOf(Instant start, Instant due, double fraction, WorkingCalendar calendar) {
        if (unit.working()) {
            long minutes = calendar.workingTimeBetween(start, due).toMinutes();
            return calendar.addWorkingMinutes(start, Math.round(minutes * fraction));
        }
        return start.plusMillis(Math.round(Duration.between(start, due).toMillis() * fraction));
    }

    /**
     * A running deadline moved past a pause from {@code from} to {@code to}: by the working time the pause
     * covered for a working target, by the whole pause otherwise.
     */
    Instant movedBy(Instant due, Instant from, Instant to, WorkingCalendar calendar) {
        if (unit.working()) {
            long paused = calendar.workingTimeBetween(from, to).toMinutes();
            return paused == 0 ? due : calendar.addWorkingMinutes(due, paused);
        }
        return due.plus(Duration.between(from, to));
    }

    @Override
    public String toString() {
        return amount + " " + unit.jsonName();
    }
}
