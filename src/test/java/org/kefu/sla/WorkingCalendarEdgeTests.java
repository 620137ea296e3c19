package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Edges found in review: huge N, a working interval ending in a DST gap, make-up days of a branch closed on Mondays. */
class WorkingCalendarEdgeTests {

    private final WorkingCalendar cn = SeededCalendars.cnMainland();

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    void aHugeNumberOfDaysOrMinutesIsRefusedNotWrappedAround() {
        Instant start = at("2026-09-30T10:00:00+08:00");
        assertThatThrownBy(() -> cn.endOfWorkingDays(start, Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cn.addWorkingMinutes(start, Long.MAX_VALUE / 60)).isInstanceOf(IllegalArgumentException.class);
        // Just past the table still works through the weekly rule.
        assertThat(cn.endOfWorkingDays(start, 5_000)).isAfter(at("2036-01-01T00:00:00+08:00"));
    }

    @Test
    void anIntervalEndingInsideTheSpringForwardGapIsNotCountedTwice() {
        Map<DayOfWeek, List<WorkingHours.Interval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, List.of(WorkingHours.Interval.parse("01:00-02:45"), WorkingHours.Interval.parse("03:00-04:00")));
        }
        WorkingCalendar newYork = new CalendarDefinition("NY", "纽约", "New York", ZoneId.of("America/New_York"),
                new WorkingHours(days), false, List.of()).toWorkingCalendar();
        // 2024-03-10: 02:00 local becomes 03:00. Working time that day is 01:00–03:00 EDT… i.e. one real hour
        // from 01:00 EST to 03:00 EDT, then 03:00–04:00 EDT: two hours in all, each second once.
        Instant dayStart = at("2024-03-10T00:00:00-05:00");
        Instant dayEnd = at("2024-03-11T00:00:00-04:00");
        assertThat(newYork.workingTimeBetween(dayStart, dayEnd)).isEqualTo(Duration.ofHours(2));
        Instant start = at("2024-03-08T01:30:00-05:00");
        for (long minutes : new long[] {30, 165, 200, 2885, 10_000}) {
            assertThat(newYork.workingTimeBetween(start, newYork.addWorkingMinutes(start, minutes)))
                    .isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void aMakeUpDayOfABranchClosedOnMondaysWorksItsFirstOpenDay() {
        Map<DayOfWeek, List<WorkingHours.Interval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, day == DayOfWeek.MONDAY || day == DayOfWeek.SUNDAY ? List.of()
                    : List.of(WorkingHours.Interval.parse("10:00-16:00")));
        }
        WorkingCalendar tuesdayToSaturday = new CalendarDefinition("TS", "周二至周六", "Tue–Sat",
                SeededCalendars.SHANGHAI, new WorkingHours(days), false,
                List.of(new CalendarDay(LocalDate.of(2026, 9, 20), CalendarDayType.WORKDAY, "国庆节", "National Day")))
                .toWorkingCalendar();
        assertThat(tuesdayToSaturday.isWorking(at("2026-09-20T11:00:00+08:00"))).isTrue();
        assertThat(tuesdayToSaturday.isWorking(at("2026-09-27T11:00:00+08:00"))).isFalse();
    }
}
