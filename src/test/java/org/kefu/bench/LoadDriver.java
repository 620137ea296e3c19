package org.kefu.bench;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * HTTP load against a running Kefu. Open loop ({@code --rate N}): request i is due at start + i/N and its
 * latency counts from that moment, so a stalled server cannot hide its queue (no coordinated omission).
 * Closed loop ({@code --rate 0 --concurrency C}): C requests always in flight, for the highest sustained
 * throughput. Modes: intake, list, lookup, page (see {@link Requests}). Run with bench/intake.sh or
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
        LongFunction<HttpRequest> mode = requests.mode(o.getOrDefault("mode", "intake"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        double rate = Double.parseDouble(o.getOrDefault("rate", "0"));
        int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "32"));
        LoadDriver driver = new LoadDriver(http, mode, rate, concurrency);
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

    private final HttpClient http;
    private final LongFunction<HttpRequest> requests;
    private final double rate;
    private final int concurrency;
    private final AtomicLong sequence = new AtomicLong();

    LoadDriver(HttpClient http, LongFunction<HttpRequest> requests, double rate, int concurrency) {
        this.http = http;
        this.requests = requests;
        this.rate = rate;
        this.concurrency = concurrency;
    }

    /** What one run measured: latency in microseconds of the successful requests, and every status seen. */
    record Result(Histogram latency, Map<Integer, Long> statuses, long errors, double seconds, double offered,
                  double driverCpuMs) {

        void print(String label) {
            long ok = latency.getTotalCount();
            System.out.printf("%-28s %s %,8.1f req/s ok  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %8.1f ms"
                            + "  (ok %,d, statuses %s, errors %d, %.1f s, driver CPU %.2f ms/req)%n", label,
                    offered > 0 ? "offered %,7.0f/s".formatted(offered) : "closed loop    ", ok / seconds,
                    ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(95)),
                    ms(latency.getValueAtPercentile(99)), ms(latency.getMaxValue()), ok, statuses, errors, seconds,
                    driverCpuMs / Math.max(1, ok + errors));
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }

    Result run(int seconds) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        // Open loop still bounds what is in flight, so a dead server cannot exhaust the driver's memory.
        Semaphore inFlight = new Semaphore(rate > 0 ? 5_000 : concurrency);
        long cpu = CPU.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long sent = 0;
        while (true) {
            long due = rate > 0 ? start + (long) (sent * 1e9 / rate) : System.nanoTime();
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            sent++;
            HttpRequest request = requests.apply(sequence.incrementAndGet());
            long intended = rate > 0 ? due : System.nanoTime();
            CompletableFuture<HttpResponse<Void>> call = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            call.whenComplete((response, failure) -> {
                long micros = (System.nanoTime() - intended) / 1_000;
                inFlight.release();
                if (failure != null) {
                    errors.incrementAndGet();
                    return;
                }
                statuses.merge(response.statusCode(), 1L, Long::sum);
                if (response.statusCode() < 300) {
                    recorder.recordValue(Math.max(1, micros));
                }
            });
        }
        // Wait for the stragglers: they belong to this run and their latency counts.
        inFlight.acquire(rate > 0 ? 5_000 : concurrency);
        inFlight.release(rate > 0 ? 5_000 : concurrency);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(recorder.getIntervalHistogram(), new HashMap<>(statuses), errors.get(), elapsed, rate,
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
