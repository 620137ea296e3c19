package org.kefu.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A small working calendar for the policy tests: Monday to Friday 09:00–17:00 in China, minus the given
 * holidays, plus the given make-up days. Minute steps; slow and simple on purpose (not the real calendar).
 */
final class PolicyTestHours implements WorkingCalendar {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalTime OPEN = LocalTime.of(9, 0);
    private static final LocalTime CLOSE = LocalTime.of(17, 0);

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;

    PolicyTestHours(Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        this.holidays = holidays;
        this.makeUpDays = makeUpDays;
    }

    static PolicyTestHours weekdays() {
        return new PolicyTestHours(Set.of(), Set.of());
    }

    static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(CHINA).toInstant();
    }

    boolean workingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return makeUpDays.contains(day) || (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day));
    }

    public String code() {
        return "TEST-WEEKDAYS";
    }

    public ZoneId zone() {
        return CHINA;
    }

    public boolean isWorking(Instant at) {
        ZonedDateTime z = at.atZone(CHINA);
        LocalTime t = z.toLocalTime();
        return workingDay(z.toLocalDate()) && !t.isBefore(OPEN) && t.isBefore(CLOSE);
    }

    public Instant nextWorkingInstant(Instant at) {
        Instant t = at;
        while (!isWorking(t)) {
            t = t.plus(Duration.ofMinutes(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        }
        return t;
    }

    public Instant addWorkingMinutes(Instant start, long minutes) {
        Instant t = start;
        long left = minutes;
        while (left > 0) {
            t = nextWorkingInstant(t).plus(Duration.ofMinutes(1));
            left--;
        }
        return t;
    }

    public Duration workingTimeBetween(Instant from, Instant to) {
        long minutes = 0;
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(1))) {
            if (isWorking(t)) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }

    public Instant endOfWorkingDays(Instant start, int days) {
        LocalDate day = start.atZone(CHINA).toLocalDate();
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (workingDay(day)) {
                counted++;
            }
        }
        return day.atTime(CLOSE).atZone(CHINA).toInstant();
    }
}
