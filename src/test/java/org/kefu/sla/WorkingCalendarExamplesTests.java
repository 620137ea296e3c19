package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Worked examples with the published 2026 arrangement and the seeded hours (09:00–12:00, 13:30–17:30). */
class WorkingCalendarExamplesTests {

    private final WorkingCalendar cn = SeededCalendars.cnMainland();

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    void nationalDayIsSkippedAndTheMakeUpSaturdayCounts() {
        Instant start = at("2026-09-30T10:00:00+08:00");
        // 10-01..10-07 off, 10-08 (Thu) is day 1, 10-09 (Fri) day 2, 10-10 (Sat, make-up) day 3.
        assertThat(cn.endOfWorkingDays(start, 2)).isEqualTo(at("2026-10-09T17:30:00+08:00"));
        assertThat(cn.endOfWorkingDays(start, 3)).isEqualTo(at("2026-10-10T17:30:00+08:00"));
        assertThat(cn.endOfWorkingDays(start, 7)).isEqualTo(at("2026-10-15T17:30:00+08:00"));
    }

    @Test
    void springFestival2026() {
        // 2026-02-14 (Sat) is a make-up day, 02-15..02-23 off, 02-28 (Sat) make-up.
        Instant friday = at("2026-02-13T16:30:00+08:00");
        assertThat(cn.addWorkingMinutes(friday, 120)).isEqualTo(at("2026-02-14T10:00:00+08:00"));
        assertThat(cn.endOfWorkingDays(friday, 1)).isEqualTo(at("2026-02-14T17:30:00+08:00"));
        assertThat(cn.endOfWorkingDays(friday, 2)).isEqualTo(at("2026-02-24T17:30:00+08:00"));
        assertThat(cn.isWorking(at("2026-02-18T10:00:00+08:00"))).isFalse();
        assertThat(cn.nextWorkingInstant(at("2026-02-15T08:00:00+08:00"))).isEqualTo(at("2026-02-24T09:00:00+08:00"));
        // One working day is 7 hours: from the eve to the first day back is exactly one day plus the rest.
        assertThat(cn.workingTimeBetween(at("2026-02-14T09:00:00+08:00"), at("2026-02-24T09:00:00+08:00")))
                .isEqualTo(Duration.ofMinutes(420));
    }

    @Test
    void lunchBreakAndEveningsAreSkipped() {
        assertThat(cn.addWorkingMinutes(at("2026-11-26T11:30:00+08:00"), 60))
                .isEqualTo(at("2026-11-26T14:00:00+08:00"));
        assertThat(cn.addWorkingMinutes(at("2026-11-26T11:30:00+08:00"), 30))
                .isEqualTo(at("2026-11-26T12:00:00+08:00"));
        assertThat(cn.addWorkingMinutes(at("2026-11-27T17:00:00+08:00"), 31))
                .isEqualTo(at("2026-11-30T09:01:00+08:00"));
        assertThat(cn.isWorking(at("2026-11-26T12:00:00+08:00"))).isFalse();
        assertThat(cn.isWorking(at("2026-11-26T13:30:00+08:00"))).isTrue();
        assertThat(cn.addWorkingMinutes(at("2026-11-28T03:00:00+08:00"), 0)).isEqualTo(at("2026-11-28T03:00:00+08:00"));
    }

    @Test
    void outsideTheTabulatedYearsTheWeeklyRuleStillHolds() {
        // 2040-10-01 is a Monday; no holidays are known for 2040, so it works as usual.
        assertThat(cn.addWorkingMinutes(at("2040-09-28T17:00:00+08:00"), 60)).isEqualTo(at("2040-10-01T09:30:00+08:00"));
        assertThat(cn.endOfWorkingDays(at("2040-09-28T10:00:00+08:00"), 1)).isEqualTo(at("2040-10-01T17:30:00+08:00"));
        assertThat(cn.addWorkingMinutes(at("2010-01-01T17:00:00+08:00"), 60)).isEqualTo(at("2010-01-04T09:30:00+08:00"));
        // Across the end of the table: a year of working time from mid-2035.
        Instant start = at("2035-06-01T09:00:00+08:00");
        Instant end = cn.addWorkingMinutes(start, 420L * 300);
        assertThat(cn.workingTimeBetween(start, end)).isEqualTo(Duration.ofMinutes(420L * 300));
        assertThat(cn.workingTimeBetween(at("2009-12-31T00:00:00+08:00"), at("2010-01-05T00:00:00+08:00")))
                .isEqualTo(Duration.ofMinutes(420 * 3));
    }

    @Test
    void twentyFourSevenIsPlainElapsedTime() {
        WorkingCalendar always = new CalendarDefinition("24X7", "全天候", "24×7", ZoneId.of("Asia/Shanghai"),
                WorkingHours.weekdays("09:00-17:00"), true, SeededCalendars.cnHolidays()).toWorkingCalendar();
        Instant start = at("2026-10-01T10:15:00+08:00");
        assertThat(always.addWorkingMinutes(start, 60 * 24 * 3)).isEqualTo(at("2026-10-04T10:15:00+08:00"));
        assertThat(always.endOfWorkingDays(start, 1)).isEqualTo(at("2026-10-03T00:00:00+08:00"));
        assertThat(always.isWorking(start)).isTrue();
    }

    @Test
    void londonHoursFollowDaylightSaving() {
        WorkingCalendar london = SeededCalendars.london();
        // 2026-03-29: clocks go forward at 01:00 (Sunday). Monday 09:00 BST is 08:00 UTC.
        assertThat(london.nextWorkingInstant(at("2026-03-28T12:00:00Z"))).isEqualTo(at("2026-03-30T00:30:00+01:00"));
        assertThat(london.addWorkingMinutes(at("2026-03-27T16:30:00Z"), 60)).isEqualTo(at("2026-03-30T00:00:00Z"));
        // 2026-10-25: clocks go back at 02:00 (Sunday); Monday 09:00 GMT is 09:00 UTC.
        assertThat(london.endOfWorkingDays(at("2026-10-23T12:00:00+01:00"), 1)).isEqualTo(at("2026-10-26T17:00:00Z"));
        assertThat(london.workingTimeBetween(at("2026-10-23T16:00:00+01:00"), at("2026-10-26T10:00:00Z")))
                .isEqualTo(Duration.ofMinutes(60 + 150 + 60));
    }

    @Test
    void aDstDayIsAsLongAsTheTimeThatReallyPasses() {
        // Working all of Sunday 2026-03-29 in London: 23 real hours; 2026-10-25: 25 hours.
        CalendarDefinition weekends = new CalendarDefinition("W", "周末", "Weekends", ZoneId.of("Europe/London"),
                new WorkingHours(java.util.Map.of(java.time.DayOfWeek.SUNDAY, List.of(WorkingHours.Interval.parse("00:00-24:00")))),
                false, List.of());
        WorkingCalendar calendar = weekends.toWorkingCalendar();
        assertThat(calendar.workingTimeBetween(at("2026-03-28T00:00:00Z"), at("2026-03-31T00:00:00Z")))
                .isEqualTo(Duration.ofHours(23));
        assertThat(calendar.workingTimeBetween(at("2026-10-24T00:00:00Z"), at("2026-10-27T00:00:00Z")))
                .isEqualTo(Duration.ofHours(25));
    }
}
