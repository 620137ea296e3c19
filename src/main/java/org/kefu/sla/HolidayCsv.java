package org.kefu.sla;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;

/**
 * Special days in the format of {@code sla/cn-holidays.csv}: header {@code date,name_zh,name_en,type,holiday_of},
 * one row per date. Every bad row is reported, by line (1 = header) and field, before anything is used.
 */
final class HolidayCsv {

    static final String HEADER = "date,name_zh,name_en,type,holiday_of";
    static final int MAX_ROWS = 400;

    private HolidayCsv() {
    }

    /** The rows, all inside {@code year} when it is given; InvalidInputException listing every problem. */
    static List<CalendarDay> parse(String text, Integer year) {
        List<FieldViolation> violations = new ArrayList<>();
        List<CalendarDay> days = new ArrayList<>();
        String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\r?\n");
        if (lines.length == 0 || !HEADER.equals(lines[0].strip())) {
            throw new InvalidInputException("line[1]", "invalid", "sla.csv.header");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String at = "line[" + (i + 1) + "].";
            String[] cells = lines[i].split(",", -1);
            if (cells.length != 5) {
                violations.add(new FieldViolation(at + "columns", "invalid", "sla.csv.columns"));
                continue;
            }
            LocalDate date = date(cells[0], at + "date", violations);
            if (date != null && year != null && date.getYear() != year) {
                violations.add(new FieldViolation(at + "date", "out-of-range", "sla.csv.other-year"));
            } else if (date != null && !seen.add(date)) {
                violations.add(new FieldViolation(at + "date", "duplicate", "sla.csv.duplicate-date"));
            }
            String nameZh = name(cells[1], at + "name_zh", violations);
            String nameEn = name(cells[2], at + "name_en", violations);
            CalendarDayType type = null;
            try {
                type = CalendarDayType.valueOf(cells[3].strip());
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation(at + "type", "invalid", "sla.day.type"));
            }
            if (!cells[4].isBlank()) {
                date(cells[4], at + "holiday_of", violations);
            }
            if (date != null && nameZh != null && nameEn != null && type != null) {
                days.add(new CalendarDay(date, type, nameZh, nameEn));
            }
        }
        if (days.size() + violations.size() > MAX_ROWS) {
            violations.add(new FieldViolation("file", "out-of-range", "sla.csv.too-long"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return days;
    }

    private static LocalDate date(String cell, String field, List<FieldViolation> violations) {
        try {
            LocalDate date = LocalDate.parse(cell.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                violations.add(new FieldViolation(field, "out-of-range", "sla.day.date-range"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "invalid", "sla.day.date"));
            return null;
        }
    }

    private static String name(String cell, String field, List<FieldViolation> violations) {
        String name = cell.strip();
        if (name.isEmpty() || name.length() > 100) {
            violations.add(new FieldViolation(field, name.isEmpty() ? "required" : "out-of-range", "sla.day.name"));
            return null;
        }
        return name;
    }
}
