package org.kefu.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * HTTP load against a running Kefu over C keep-alive connections ({@code --concurrency C}), each driven by
 * its own thread through a lean HTTP/1.1 {@link Connection}. Open loop ({@code --rate N}): request i is
 * due at start + i/N, the next free connection sends it, and its latency counts from the due moment, so a
 * stalled server cannot hide its queue (no coordinated omission). Closed loop ({@code --rate 0}): C
 * requests always in flight, for the highest sustained throughput. Modes: intake, list, lookup, page (see {@link Requests}). Run with bench/intake.sh or
 * bench/queries.sh; {@code java ... LoadDriver --help} lists the options.
 */
public final class LoadDriver {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        if (o.containsKey("help")) {
            System.out.println("--url U --mode intake|list|lookup|page --rate N (0 = closed loop) --concurrency C"
                    + " --warmup S --duration S --key K --data-dir D --cookie C --path P"
                    + " --lookup get|post --lookup-path P --label L");
            return;
        }
        Requests requests = new Requests(o, BenchPopulation.read(Path.of(o.getOrDefault("data-dir", "target/bench-load"))));
        LongFunction<Call> mode = requests.mode(o.getOrDefault("mode", "intake"));
        URI server = URI.create(o.getOrDefault("url", "http://localhost:18080"));
        double rate = Double.parseDouble(o.getOrDefault("rate", "0"));
        int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "32"));
        LoadDriver driver = new LoadDriver(server, mode, rate, concurrency);
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
        int duration = Integer.parseInt(o.getOrDefault("duration", "30"));
        String label = o.getOrDefault("label", o.getOrDefault("mode", "intake"));
        if (warmup > 0) {
            driver.run(warmup).print(label + " (warm-up)");
        }
        driver.run(duration).print(label);
    }

    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final URI server;
    private final LongFunction<Call> requests;
    private final double rate;
    private final int concurrency;
    private final AtomicLong sequence = new AtomicLong();

    LoadDriver(URI server, LongFunction<Call> requests, double rate, int concurrency) {
        this.server = server;
        this.requests = requests;
        this.rate = rate;
        this.concurrency = concurrency;
    }

    /** What one run measured: latency in microseconds of the successful requests, and every status seen. */
    record Result(Histogram latency, Histogram failed, Map<Integer, Long> statuses, long errors, double seconds,
                  double offered, double driverCpuMs) {

        void print(String label) {
            long ok = latency.getTotalCount();
            System.out.printf("%-28s %s %,8.1f req/s ok  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %8.1f ms"
                            + "  (ok %,d, statuses %s, errors %d, %.1f s, driver CPU %.2f ms/req)%n", label,
                    offered > 0 ? "offered %,7.0f/s".formatted(offered) : "closed loop    ", ok / seconds,
                    ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(95)),
                    ms(latency.getValueAtPercentile(99)), ms(latency.getMaxValue()), ok, statuses, errors, seconds,
                    driverCpuMs / Math.max(1, ok + errors));
            if (failed.getTotalCount() > 0) {
                System.out.printf("%-28s   not ok: %,d (p50 %.1f, p99 %.1f ms)%n", label, failed.getTotalCount(),
                        ms(failed.getValueAtPercentile(50)), ms(failed.getValueAtPercentile(99)));
            }
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }

    Result run(int seconds) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        Recorder failures = new Recorder(3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong next = new AtomicLong();
        long cpu = CPU.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> connections = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = new Connection(server)) {
                    while (true) {
                        long i = next.getAndIncrement();
                        long due = rate > 0 ? start + (long) (i * 1e9 / rate) : System.nanoTime();
                        if (due >= end) {
                            return;
                        }
                        // parkNanos may wake early: a request must never leave before it is due.
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                        Call call = requests.apply(sequence.incrementAndGet());
                        long intended = rate > 0 ? due : System.nanoTime();
                        try {
                            int status = connection.exchange(call);
                            statuses.merge(status, 1L, Long::sum);
                            long micros = Math.max(1, (System.nanoTime() - intended) / 1_000);
                            (status < 300 ? recorder : failures).recordValue(micros);
                        } catch (java.io.IOException | RuntimeException failed) {
                            // Counted, with its time: under overload failures must not vanish from the figures.
                            errors.incrementAndGet();
                            failures.recordValue(Math.max(1, (System.nanoTime() - intended) / 1_000));
                        }
                    }
                }
            }, "driver-" + c);
            thread.start();
            connections.add(thread);
        }
        for (Thread connection : connections) {
            connection.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(recorder.getIntervalHistogram(), failures.getIntervalHistogram(), new HashMap<>(statuses),
                errors.get(), elapsed, rate,
                (CPU.getProcessCpuTime() - cpu) / 1e6);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                o.put(args[i].substring(2), flag ? "true" : args[++i]);
            }
        }
        return o;
    }
}
