package org.kefu.sla;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * A calendar as stored and edited: names, zone, weekly hours and special days. A 24×7 calendar works all
 * day every day and ignores special days (online channels do not close for the Spring Festival).
 */
public record CalendarDefinition(String code, String nameZh, String nameEn, ZoneId zone, WorkingHours hours,
                                 boolean alwaysOpen, List<CalendarDay> days) {

    /** The tabulated years always include these, and one year either side of any special day. */
    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2035;

    public CalendarDefinition {
        days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    /** The working hours that apply: all day, every day, for a 24×7 calendar. */
    public WorkingHours effectiveHours() {
        return alwaysOpen ? WorkingHours.allDay() : hours;
    }

    /**
     * A calendar straight from a special-days csv, without a database: for benchmarks and tools. Throws
     * {@link org.kefu.platform.InvalidInputException} if the csv is bad.
     */
    public static WorkingCalendar fromCsv(String code, ZoneId zone, WorkingHours hours, java.io.InputStream csv) {
        try (csv) {
            List<CalendarDay> days = HolidayCsv.parse(new String(csv.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8), null);
            return new CalendarDefinition(code, code, code, zone, hours, false, days).toWorkingCalendar();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    WorkingCalendar toWorkingCalendar() {
        List<CalendarDay> special = alwaysOpen ? List.of() : days;
        int first = FIRST_YEAR;
        int last = LAST_YEAR;
        if (!special.isEmpty()) {
            first = Math.min(first, special.get(0).date().getYear() - 1);
            last = Math.max(last, special.get(special.size() - 1).date().getYear() + 1);
        }
        return new PrecomputedCalendar(code, new CalendarRules(zone, effectiveHours(), special),
                LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }
}
