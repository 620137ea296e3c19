package org.kefu.bench;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.kefu.sla.CalendarDefinition;
import org.kefu.sla.WorkingCalendar;
import org.kefu.sla.WorkingHours;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Working-time arithmetic on the seeded mainland calendar (2020–2026 holidays, tabulated 2019–2035): start
 * instants spread over 2020–2026, N up to 30 working days. Run with {@code -t 1} for a per-core figure; the
 * target is at least 1,000,000 "add N working minutes" per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkingCalendarBenchmark {

    private static final int SAMPLES = 4096;

    private WorkingCalendar calendar;
    private final Instant[] starts = new Instant[SAMPLES];
    private final long[] minutes = new long[SAMPLES];
    private int next;

    @Setup
    public void setUp() {
        calendar = CalendarDefinition.fromCsv("CN-MAINLAND", ZoneId.of("Asia/Shanghai"),
                WorkingHours.weekdays("09:00-12:00", "13:30-17:30"),
                WorkingCalendarBenchmark.class.getResourceAsStream("/sla/cn-holidays.csv"));
        SplittableRandom random = new SplittableRandom(20261128);
        long from = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2026-12-31T00:00:00Z").getEpochSecond();
        for (int i = 0; i < SAMPLES; i++) {
            starts[i] = Instant.ofEpochSecond(from + random.nextLong(to - from) / 60 * 60);
            minutes[i] = 1 + random.nextLong(30 * 420);
        }
        if (!calendar.workingTimeBetween(starts[0], calendar.addWorkingMinutes(starts[0], minutes[0]))
                .equals(java.time.Duration.ofMinutes(minutes[0]))) {
            throw new IllegalStateException("calendar arithmetic does not round-trip");
        }
        List.of(starts).forEach(calendar::isWorking);
    }

    private int index() {
        next = (next + 1) & (SAMPLES - 1);
        return next;
    }

    @Benchmark
    public Instant addWorkingMinutes() {
        int i = index();
        return calendar.addWorkingMinutes(starts[i], minutes[i]);
    }

    @Benchmark
    public Object workingTimeBetween() {
        int i = index();
        return calendar.workingTimeBetween(starts[i], starts[(i + 1) & (SAMPLES - 1)]);
    }

    @Benchmark
    public Instant endOfSevenWorkingDays() {
        return calendar.endOfWorkingDays(starts[index()], 7);
    }
}
