package org.kefu.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.kefu.KefuApplication;
import org.kefu.sla.TimerBench;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SLA timers at scale, on a throw-away embedded PostgreSQL with the whole of Kefu in the JVM: {@code armed}
 * open cases each carrying a breach timer (rows of {@code sla_timer} inserted in bulk), most due
 * days ahead. Then two runs against that table:
 * <ol>
 *   <li>steady: {@code rate} breaches per second fall due for {@code seconds} seconds; the lag of each
 *       breach after its deadline (p50/p95/p99/max);</li>
 *   <li>burst: {@code burst} breaches all due at once; how many escalations per second the node drains.</li>
 * </ol>
 * Each breach runs the real step: case lookup, escalation row, level-1 recipients, in-app notification,
 * audit entries, the next level's timer. Memory: JVM heap and the process's resident set afterwards.
 * Run with {@code bench/escalations.sh [armed] [rate] [seconds] [burst] [threads] [polling] [batch]}.
 */
public final class EscalationBenchmark {

    public static void main(String[] args) throws Exception {
        int armed = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int burst = args.length > 3 ? Integer.parseInt(args[3]) : 30_000;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        String polling = args.length > 5 ? args[5] : "250ms";
        int batch = args.length > 6 ? Integer.parseInt(args[6]) : 200;
        try (ConfigurableApplicationContext kefu = new SpringApplicationBuilder(KefuApplication.class)
                .profiles("test").properties("spring.main.banner-mode=off")
                .run("--logging.level.root=WARN", "--logging.level.org.kefu=WARN",
                        "--kefu.sla.scheduler.enabled=false", "--kefu.notification.dispatch-interval=1h",
                        "--spring.datasource.hikari.maximum-pool-size=" + (threads + 8))) {
            JdbcClient jdbc = kefu.getBean(JdbcClient.class);
            TimerBench bench = new TimerBench(kefu);
            System.out.printf("SLA timers: %,d open cases with a breach timer; %d threads, batches of %d, polling %s%n",
                    armed, threads, batch, polling);
            long t = System.nanoTime();
            long firstCase = bench.openCases(armed);
            int steady = rate * seconds;
            // The bulk first: timers due days ahead, so the scheduler polls a table of `armed` rows throughout.
            Instant later = Instant.now();
            int warm = 1_000;
            bench.arm(firstCase + steady + burst, armed - steady - burst - warm,
                    i -> later.plus(Duration.ofDays(1 + i % 30)).plusSeconds(i % 86_400));
            // A warm-up (1,000 breaches over the first 4 s: JIT, pools), then the steady stream from 6 s,
            // and the burst (all at one instant) after it.
            Instant warmStart = Instant.now().plusSeconds(1);
            bench.arm(firstCase + armed - warm, warm, i -> warmStart.plusMillis(i * 4));
            Instant steadyStart = Instant.now().plusSeconds(6);
            bench.arm(firstCase, steady, i -> steadyStart.plusNanos((long) (i * 1e9 / rate)));
            Instant burstAt = steadyStart.plusSeconds(seconds + 10);
            bench.arm(firstCase + steady, burst, i -> burstAt);
            System.out.printf("  loaded %,d cases and %,d timers in %.0f s; sla_timer %s%n", armed,
                    jdbc.sql("select count(*) from sla_timer").query(Long.class).single(),
                    (System.nanoTime() - t) / 1e9, jdbc.sql("select pg_size_pretty(pg_total_relation_size('sla_timer'))")
                            .query(String.class).single());
            if (Instant.now().isAfter(steadyStart)) {
                System.out.println("  WARNING: loading took longer than planned; the first deadlines passed before the scheduler started");
            }
            Cpu cpu = new Cpu(jdbc);
            long[] before = cpu.millis();
            try (var node = bench.startNode("bench-node", DurationStyle.detectAndParse(polling), threads, batch)) {
                bench.awaitSteps(firstCase, steady, Duration.ofSeconds(seconds + 60));
                report("steady " + rate + "/s for " + seconds + " s", jdbc, firstCase, steady);
                bench.awaitSteps(firstCase + steady, burst, Duration.ofMinutes(5));
                report("burst of " + burst + " due at once", jdbc, firstCase + steady, burst);
            }
            long[] after = cpu.millis();
            double jvm = (after[0] - before[0]) / (double) (warm + steady + burst);
            double pg = (after[1] - before[1]) / (double) (warm + steady + burst);
            System.out.printf("  CPU per escalation: JVM %.2f ms + PostgreSQL %.2f ms = %.2f ms, i.e. at most %,.0f"
                    + " escalations/s on two dedicated cores; load average now %s%n", jvm, pg, jvm + pg,
                    2000 / (jvm + pg), Files.readString(Path.of("/proc/loadavg")).strip());
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.out.printf("  memory: heap used %,d MB (max %,d MB) after GC; process RSS %s; peak RSS %s%n",
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20,
                    procStatus("VmRSS"), procStatus("VmHWM"));
            System.out.printf("  JVM: %s, %d CPUs%n", ManagementFactory.getRuntimeMXBean().getVmVersion(),
                    runtime.availableProcessors());
        }
    }

    private static void report(String run, JdbcClient jdbc, long firstCase, int count) {
        List<Object> row = jdbc.sql("""
                        select count(*),
                               percentile_cont(0.5) within group (order by extract(epoch from fired_at - due_at)),
                               percentile_cont(0.95) within group (order by extract(epoch from fired_at - due_at)),
                               percentile_cont(0.99) within group (order by extract(epoch from fired_at - due_at)),
                               max(extract(epoch from fired_at - due_at)),
                               extract(epoch from max(fired_at) - min(fired_at))
                          from sla_escalation_step where step = 'breach' and case_id >= ? and case_id < ?""")
                .params(firstCase, firstCase + count)
                .query((rs, i) -> List.<Object>of(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6))).single();
        long fired = (Long) row.get(0);
        double span = (Double) row.get(5);
        System.out.printf("  %s: %,d fired; lag p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms;"
                        + " %,.0f escalations/s (first to last firing)%n", run, fired, 1000 * (Double) row.get(1),
                1000 * (Double) row.get(2), 1000 * (Double) row.get(3), 1000 * (Double) row.get(4),
                span > 0 ? fired / span : 0);
    }

    /** CPU time used so far by this JVM and by the embedded PostgreSQL (postmaster and its backends). */
    private record Cpu(JdbcClient jdbc) {

        long[] millis() throws Exception {
            String dataDir = jdbc.sql("show data_directory").query(String.class).single();
            long postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDir, "postmaster.pid")).get(0).strip());
            long pg = ticks(postmaster, true);
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String[] stat = stat(p);
                    if (stat != null && Long.parseLong(stat[3]) == postmaster) {
                        pg += ticks(Long.parseLong(p.getFileName().toString()), false);
                    }
                }
            }
            return new long[] {ticks(ProcessHandle.current().pid(), false) * 10, pg * 10};
        }

        /** utime + stime (+ reaped children's) in clock ticks of 10 ms. */
        private static long ticks(long pid, boolean withChildren) {
            String[] stat = stat(Path.of("/proc", String.valueOf(pid)));
            if (stat == null) {
                return 0;
            }
            long t = Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
            return withChildren ? t + Long.parseLong(stat[15]) + Long.parseLong(stat[16]) : t;
        }

        /** Fields of /proc/pid/stat, the command name (which may hold spaces) skipped: index 3 is the parent. */
        private static String[] stat(Path proc) {
            try {
                String line = Files.readString(proc.resolve("stat"));
                String rest = line.substring(line.lastIndexOf(')') + 2);
                String[] fields = rest.split(" ");
                String[] all = new String[fields.length + 2];
                System.arraycopy(fields, 0, all, 2, fields.length);
                return all;
            } catch (Exception e) {
                return null;
            }
        }
    }

    private static String procStatus(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field + ":"))
                    .map(l -> l.substring(field.length() + 1).strip()).findFirst().orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }
}
