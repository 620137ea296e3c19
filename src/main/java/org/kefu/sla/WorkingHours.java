package org.kefu.sla;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekly rule of a calendar: for each weekday, its working intervals in local time, sorted and not
 * overlapping (a lunch break is simply the gap between two intervals). Minutes of the day, 0..1440, so
 * that an interval may run to midnight ({@code 24:00}).
 */
public record WorkingHours(Map<DayOfWeek, List<Interval>> days) {

    private static final Pattern TEXT = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

    /** One working interval of a day in minutes after local midnight, start included and end excluded. */
    public record Interval(int startMinute, int endMinute) {

        public Interval {
            if (startMinute < 0 || endMinute > 1440 || startMinute >= endMinute) {
                throw new IllegalArgumentException("interval must lie within the day and not be empty");
            }
        }

        /** {@code 09:00-12:00}; {@code 24:00} for midnight at the end of the day. */
        public static Interval parse(String text) {
            Matcher m = TEXT.matcher(text == null ? "" : text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("expected HH:mm-HH:mm");
            }
            int start = minute(m.group(1), m.group(2));
            int end = minute(m.group(3), m.group(4));
            return new Interval(start, end);
        }

        private static int minute(String hours, String minutes) {
            int h = Integer.parseInt(hours);
            int m = Integer.parseInt(minutes);
            if (h > 24 || m > 59 || (h == 24 && m > 0)) {
                throw new IllegalArgumentException("not a time of day");
            }
            return h * 60 + m;
        }

        @Override
        public String toString() {
            return "%02d:%02d-%02d:%02d".formatted(startMinute / 60, startMinute % 60, endMinute / 60, endMinute % 60);
        }
    }

    public WorkingHours {
        Map<DayOfWeek, List<Interval>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Interval> intervals = new ArrayList<>(days.getOrDefault(day, List.of()));
            intervals.sort((a, b) -> Integer.compare(a.startMinute(), b.startMinute()));
            for (int i = 1; i < intervals.size(); i++) {
                if (intervals.get(i).startMinute() < intervals.get(i - 1).endMinute()) {
                    throw new IllegalArgumentException("intervals of " + day + " overlap");
                }
            }
            copy.put(day, List.copyOf(intervals));
        }
        days = Collections.unmodifiableMap(copy);
    }

    /** Every day, all day: the 24×7 calendars. */
    public static WorkingHours allDay() {
        Map<DayOfWeek, List<Interval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, List.of(new Interval(0, 1440)));
        }
        return new WorkingHours(days);
    }

    /** The same intervals Monday to Friday, nothing at weekends. */
    public static WorkingHours weekdays(String... intervals) {
        List<Interval> parsed = java.util.Arrays.stream(intervals).map(Interval::parse).toList();
        Map<DayOfWeek, List<Interval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, day.getValue() <= 5 ? parsed : List.of());
        }
        return new WorkingHours(days);
    }

    public List<Interval> on(DayOfWeek day) {
        return days.get(day);
    }

    /**
     * The intervals of a make-up working day (调休) that falls on a weekend: those of a normal Monday, or of
     * the first day of the week with hours when Monday is closed (a Tuesday-to-Saturday branch).
     */
    public List<Interval> makeUpDay() {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!days.get(day).isEmpty()) {
                return days.get(day);
            }
        }
        return List.of();
    }

    public boolean isEmpty() {
        return days.values().stream().allMatch(List::isEmpty);
    }
}
