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
