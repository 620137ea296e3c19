package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The calendar laws, over instants from 2018 to 2038 (inside and outside the tabulated years). */
class WorkingCalendarProperties {

    private static final WorkingCalendar CN = SeededCalendars.cnMainland();
    private static final WorkingCalendar LONDON = SeededCalendars.london();
    private static final CalendarRules CN_RULES = new CalendarRules(SeededCalendars.SHANGHAI,
            WorkingHours.weekdays("09:00-12:00", "13:30-17:30"), SeededCalendars.cnHolidays());
    private static final Map<LocalDate, CalendarDayType> SPECIAL = CN_RULES.specialDays();

    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("2018-01-01T00:00:00Z").getEpochSecond() / 60;
        long to = Instant.parse("2038-01-01T00:00:00Z").getEpochSecond() / 60;
        return Arbitraries.longs().between(from, to).map(minute -> Instant.ofEpochSecond(minute * 60));
    }

    @Property
    void addingThenMeasuringGivesBackN(@ForAll("instants") Instant start, @ForAll @LongRange(max = 200_000) long n) {
        for (WorkingCalendar calendar : List.of(CN, LONDON)) {
            Instant end = calendar.addWorkingMinutes(start, n);
            assertThat(calendar.workingTimeBetween(start, end)).isEqualTo(Duration.ofMinutes(n));
        }
    }

    @Property
    void resultsLieInWorkingTimeNeverOnAHoliday(@ForAll("instants") Instant start,
                                               @ForAll @LongRange(min = 1, max = 200_000) long n) {
        Instant end = CN.addWorkingMinutes(start, n);
        // The end is the close of a working minute: the minute before it was working.
        Instant lastMinute = end.minusSeconds(60);
        assertThat(CN.isWorking(lastMinute)).isTrue();
        LocalDate day = LocalDate.ofInstant(lastMinute, SeededCalendars.SHANGHAI);
        assertThat(SPECIAL.get(day)).isNotEqualTo(CalendarDayType.HOLIDAY);
        assertThat(day.getDayOfWeek().getValue() <= 5 || SPECIAL.get(day) == CalendarDayType.WORKDAY).isTrue();
        int minuteOfDay = lastMinute.atZone(SeededCalendars.SHANGHAI).toLocalTime().toSecondOfDay() / 60;
        assertThat((minuteOfDay >= 540 && minuteOfDay < 720) || (minuteOfDay >= 810 && minuteOfDay < 1050)).isTrue();
    }

    @Property
    void monotonicInN(@ForAll("instants") Instant start, @ForAll @LongRange(max = 100_000) long n,
                      @ForAll @LongRange(min = 1, max = 1_000) long more) {
        assertThat(CN.addWorkingMinutes(start, n + more)).isAfter(CN.addWorkingMinutes(start, n));
        assertThat(LONDON.addWorkingMinutes(start, n + more)).isAfter(LONDON.addWorkingMinutes(start, n));
    }

    @Property
    void theTablesAgreeWithTheDayByDayRules(@ForAll("instants") Instant start, @ForAll("instants") Instant other,
                                            @ForAll @LongRange(min = 1, max = 50_000) long n,
                                            @ForAll @IntRange(min = 1, max = 30) int days) {
        CalendarWalk walk = new CalendarWalk(CN_RULES);
        long s = start.getEpochSecond();
        assertThat(CN.addWorkingMinutes(start, n).getEpochSecond()).isEqualTo(walk.add(s, n * 60));
        assertThat(CN.nextWorkingInstant(start).getEpochSecond()).isEqualTo(walk.next(s));
        Instant from = start.isBefore(other) ? start : other;
        Instant to = start.isBefore(other) ? other : start;
        if (Duration.between(from, to).toDays() < 800) {
            assertThat(CN.workingTimeBetween(from, to).toSeconds())
                    .isEqualTo(walk.between(from.getEpochSecond(), to.getEpochSecond()));
        }
        LocalDate day = LocalDate.ofInstant(start, SeededCalendars.SHANGHAI);
        assertThat(CN.endOfWorkingDays(start, days).getEpochSecond())
                .isEqualTo(walk.endOfDay(walk.nthWorkingDayAfter(day, days)));
    }

    @Property
    void makeUpWeekendDaysCountAsWorkingDays(@ForAll("makeUpDays") LocalDate makeUp) {
        assertThat(makeUp.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        Instant eveningBefore = makeUp.minusDays(1).atTime(20, 0).atZone(SeededCalendars.SHANGHAI).toInstant();
        assertThat(CN.endOfWorkingDays(eveningBefore, 1))
                .isEqualTo(makeUp.atTime(17, 30).atZone(SeededCalendars.SHANGHAI).toInstant());
        assertThat(CN.nextWorkingInstant(eveningBefore))
                .isEqualTo(makeUp.atTime(9, 0).atZone(SeededCalendars.SHANGHAI).toInstant());
        assertThat(CN.workingTimeBetween(eveningBefore, eveningBefore.plus(Duration.ofDays(1))))
                .isEqualTo(Duration.ofHours(7));
    }

    @Provide
    Arbitrary<LocalDate> makeUpDays() {
        return Arbitraries.of(SPECIAL.entrySet().stream().filter(e -> e.getValue() == CalendarDayType.WORKDAY)
                .map(Map.Entry::getKey).toList());
    }
}
