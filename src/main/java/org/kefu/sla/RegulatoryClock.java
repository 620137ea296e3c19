package org.kefu.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The regulatory clock of one complaint: its jurisdiction's preset, when it (re)started, the time it stood
 * still (paused while waiting for an external appraisal, where the preset allows) and the days extensions
 * granted. {@code decidedAt} is set when the complaint was resolved: the clock has stopped.
 */
record RegulatoryClock(long caseId, RegulatoryClockPreset preset, Instant startedAt, int restarts,
                       Instant pausedSince, long pausedTotalSeconds, int extendedDays, Instant decidedAt) {

    static RegulatoryClock start(long caseId, RegulatoryClockPreset preset, Instant at) {
        return new RegulatoryClock(caseId, preset, at, 0, null, 0, 0, null);
    }

    List<RegulatoryClockPreset.Milestone> milestones(WorkingCalendar calendar) {
        return preset.milestones(startedAt, extendedDays, Duration.ofSeconds(pausedTotalSeconds), calendar);
    }

    /**
     * The nearest milestone still to meet, given whether a first response was given and whether the case is
     * resolved; null once decided or when everything is met. Optional milestones never count.
     */
    Instant dueAt(WorkingCalendar calendar, boolean responded) {
        if (decidedAt != null) {
            return null;
        }
        return milestones(calendar).stream().filter(m -> !m.optional())
                .filter(m -> !(responded && m.metBy() == RegulatoryClockPreset.MetBy.FIRST_RESPONSE))
                .map(RegulatoryClockPreset.Milestone::dueAt).min(Comparator.naturalOrder()).orElse(null);
    }

    /** When the customer's window to ask for a review closes (CN-CBIRC: 30 days after the decision). */
    Instant reviewUntil(WorkingCalendar calendar) {
        return decidedAt == null || preset.reviewWindowDays() == null ? null
                : PolicyTarget.endOfCalendarDays(decidedAt, preset.reviewWindowDays(), calendar);
    }

    RegulatoryClock paused(Instant at) {
        return pausedSince != null || decidedAt != null ? this
                : new RegulatoryClock(caseId, preset, startedAt, restarts, at, pausedTotalSeconds, extendedDays, null);
    }

    RegulatoryClock resumed(Instant at) {
        if (pausedSince == null) {
            return this;
        }
        long paused = Math.max(0, Duration.between(pausedSince, at).toSeconds());
        return new RegulatoryClock(caseId, preset, startedAt, restarts, null, pausedTotalSeconds + paused,
                extendedDays, decidedAt);
    }

    /** New facts: the clock starts again from {@code at}, without the old pauses and extensions. */
    RegulatoryClock restarted(Instant at) {
        return new RegulatoryClock(caseId, preset, at, restarts + 1, pausedSince == null ? null : at, 0, 0,
                decidedAt);
    }

    RegulatoryClock extended(int days) {
        return new RegulatoryClock(caseId, preset, startedAt, restarts, pausedSince, pausedTotalSeconds,
                extendedDays + days, decidedAt);
    }

    RegulatoryClock decided(Instant at) {
        RegulatoryClock running = resumed(at);
        return new RegulatoryClock(caseId, preset, startedAt, restarts, null, running.pausedTotalSeconds,
                extendedDays, at);
    }

    /** Another jurisdiction from the same start (the clock was set up with the default one). */
    RegulatoryClock under(RegulatoryClockPreset other) {
        return new RegulatoryClock(caseId, other, startedAt, restarts, pausedSince, pausedTotalSeconds, 0, decidedAt);
    }
}
