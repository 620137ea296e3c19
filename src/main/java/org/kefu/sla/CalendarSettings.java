package org.kefu.sla;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;

/**
 * The editable settings of a calendar as the API and the page send them. Hours are text per weekday,
 * e.g. {@code "MONDAY": ["09:00-12:00", "13:30-17:30"]}; weekdays left out have no working hours.
 */
record CalendarSettings(@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 100) String nameEn,
                        @NotBlank @Size(max = 64) String zone, Boolean alwaysOpen,
                        Map<DayOfWeek, List<String>> hours) {

    static final int MAX_INTERVALS_PER_DAY = 8;

    /** The zone and hours, once every rule holds; all broken rules reported at once. */
    CalendarDefinition toDefinition(String code) {
        boolean alwaysOpen = Boolean.TRUE.equals(this.alwaysOpen);
        List<FieldViolation> violations = new ArrayList<>();
        ZoneId zoneId = null;
        try {
            zoneId = ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            violations.add(new FieldViolation("zone", "invalid", "sla.calendar.zone"));
        }
        Map<DayOfWeek, List<WorkingHours.Interval>> days = new EnumMap<>(DayOfWeek.class);
        if (hours != null) {
            hours.forEach((day, texts) -> {
                if (texts != null && texts.size() > MAX_INTERVALS_PER_DAY) {
                    // Calendars are tabulated for years ahead on every node: bound their size.
                    violations.add(new FieldViolation("hours." + day, "too-many", "sla.calendar.too-many-intervals"));
                    return;
                }
                List<WorkingHours.Interval> intervals = new ArrayList<>();
                for (int i = 0; i < (texts == null ? 0 : texts.size()); i++) {
                    try {
                        intervals.add(WorkingHours.Interval.parse(texts.get(i)));
                    } catch (IllegalArgumentException e) {
                        violations.add(new FieldViolation("hours." + day + "[" + i + "]", "invalid", "sla.calendar.interval"));
                    }
                }
                days.put(day, intervals);
            });
        }
        WorkingHours workingHours = null;
        try {
            workingHours = new WorkingHours(days);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("hours", "invalid", "sla.calendar.overlap"));
        }
        if (workingHours != null && workingHours.isEmpty() && !alwaysOpen) {
            violations.add(new FieldViolation("hours", "required", "sla.calendar.no-hours"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CalendarDefinition(code, nameZh.strip(), nameEn.strip(), zoneId,
                workingHours.isEmpty() ? WorkingHours.allDay() : workingHours, alwaysOpen, List.of());
    }

    static Map<DayOfWeek, List<String>> text(WorkingHours hours) {
        Map<DayOfWeek, List<String>> text = new EnumMap<>(DayOfWeek.class);
        hours.days().forEach((day, intervals) -> text.put(day, intervals.stream().map(Object::toString).toList()));
        return text;
    }
}
