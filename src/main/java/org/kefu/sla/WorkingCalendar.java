package org.kefu.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Working time of one calendar, exact to the minute: weekly hours (several intervals a day), holidays and
 * make-up working days (调休). Implementations are immutable and safe to share between threads; all
 * instants in and out are absolute, the calendar's zone decides what "working day" means.
 */
public interface WorkingCalendar {

    /** Stable code, e.g. {@code CN-MAINLAND} or {@code 24X7}. */
    String code();

    ZoneId zone();

    /** Whether {@code at} lies inside a working interval (start inclusive, end exclusive). */
    boolean isWorking(Instant at);

    /** {@code at} itself if working, else the start of the next working interval. */
    Instant nextWorkingInstant(Instant at);

    /**
     * The instant at which {@code minutes} working minutes have passed since {@code start}; counting starts
     * at the next working instant. Zero minutes gives {@code start} itself.
     */
    Instant addWorkingMinutes(Instant start, long minutes);

    /**
     * Working time from {@code from} (included) to {@code to} (excluded); zero when {@code to} is not after
     * {@code from}.
     */
    Duration workingTimeBetween(Instant from, Instant to);

    /**
     * "Within N working days" as regulations count it: the end of the N-th working day after the day of
     * {@code start} (the start day itself does not count, whether or not it is a working day).
     */
    Instant endOfWorkingDays(Instant start, int days);
}
