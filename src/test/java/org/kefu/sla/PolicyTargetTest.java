package org.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.sla.PolicyTestHours.at;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Targets in calendar and working units, their warnings, and how a pause moves them. */
class PolicyTargetTest {

    private final PolicyTestHours weekdays = PolicyTestHours.weekdays();

    @Test
    void workingTargetsSkipNightsWeekendsAndHolidays() {
        // Friday 2026-11-27 16:00: two working hours end Monday 10:00.
        assertThat(new PolicyTarget(2, PolicyTarget.Unit.WORKING_HOURS).dueFrom(at("2026-11-27T16:00"), weekdays))
                .isEqualTo(at("2026-11-30T10:00"));
        assertThat(new PolicyTarget(30, PolicyTarget.Unit.CALENDAR_MINUTES).dueFrom(at("2026-11-27T16:50"), weekdays))
                .isEqualTo(at("2026-11-27T17:20"));
        // Two working days from a Friday: Monday and Tuesday (the start day does not count).
        assertThat(new PolicyTarget(2, PolicyTarget.Unit.WORKING_DAYS).dueFrom(at("2026-11-27T10:00"), weekdays))
                .isEqualTo(at("2026-12-01T17:00"));
        PolicyTestHours withHoliday = new PolicyTestHours(Set.of(LocalDate.of(2026, 11, 30)),
                Set.of(LocalDate.of(2026, 11, 28)));
        assertThat(new PolicyTarget(2, PolicyTarget.Unit.WORKING_DAYS).dueFrom(at("2026-11-27T10:00"), withHoliday))
                .as("make-up Saturday counts, the Monday holiday does not").isEqualTo(at("2026-12-01T17:00"));
        assertThat(new PolicyTarget(15, PolicyTarget.Unit.CALENDAR_DAYS).dueFrom(at("2026-11-27T10:00"), weekdays))
                .isEqualTo(at("2026-12-13T00:00"));
    }

    @Test
    void aPauseMovesAWorkingDeadlineByTheWorkingTimeItCoveredOnly() {
        PolicyTarget working = new PolicyTarget(4, PolicyTarget.Unit.WORKING_HOURS);
        // Paused Friday 16:00 to Monday 10:00: two working hours (Fri 16–17, Mon 9–10), not 66 hours.
        assertThat(working.movedBy(at("2026-12-01T12:00"), at("2026-11-27T16:00"), at("2026-11-30T10:00"), weekdays))
                .isEqualTo(at("2026-12-01T14:00"));
        PolicyTarget wall = new PolicyTarget(30, PolicyTarget.Unit.CALENDAR_MINUTES);
        assertThat(wall.movedBy(at("2026-11-27T16:30"), at("2026-11-27T16:00"), at("2026-11-27T18:00"), weekdays))
                .isEqualTo(at("2026-11-27T18:30"));
        assertThat(working.movedBy(at("2026-12-01T12:00"), at("2026-11-28T10:00"), at("2026-11-29T10:00"), weekdays))
                .as("a pause over a weekend costs nothing").isEqualTo(at("2026-12-01T12:00"));
    }

    @Test
    void warningsFallAtFractionsOfTheWorkingTime() {
        PolicyTarget target = new PolicyTarget(8, PolicyTarget.Unit.WORKING_HOURS);
        var start = at("2026-11-27T13:00");
        var due = target.dueFrom(start, weekdays);
        assertThat(due).isEqualTo(at("2026-11-30T13:00"));
        assertThat(target.fractionOf(start, due, 0.5, weekdays)).as("the end of Friday").isEqualTo(at("2026-11-27T17:00"));
        assertThat(target.fractionOf(start, due, 0.75, weekdays)).isEqualTo(at("2026-11-30T11:00"));
    }
}
