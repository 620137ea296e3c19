package org.kefu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Recorder;

/**
 * The PostgreSQL ceiling for intake: the same table, one equivalent row per transaction (autocommit,
 * synchronous_commit on), from as many connections as the HTTP driver had requests in flight. Also sets
 * and reports the server settings of the run. Usage (bench/intake.sh): {@code RawInsert <jdbc url> settings
 * <commit_delay> <commit_siblings>} or {@code RawInsert <jdbc url> ceiling <connections> <seconds> [kefu rate]}.
 */
public final class RawInsert {

    private static final String INSERT = """
            insert into service_case (number, kind, channel, subject, description, priority, flags, customer_number,
              contact_name_enc, contact_mobile_enc, contact_email_enc, org_unit_id, owner, status, created_by,
              created_at, updated_at) values (?, 'consultation', 'mobile_banking', '手机银行无法登录',
              ?, 'P4', '{}', ?, null, null, null, ?, null, 'accepted', 'demo-mobile-app', ?, ?)
            returning id""";

    private static final String ANONYMOUS_CONTACT = "x".repeat(200);
    private static final AtomicLong sequence = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String url = args[0];
        if (args[1].equals("settings")) {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("alter system set commit_delay = " + Integer.parseInt(args[2]));
                s.execute("alter system set commit_siblings = " + Integer.parseInt(args[3]));
                s.execute("select pg_reload_conf()");
                Thread.sleep(500);
                StringBuilder shown = new StringBuilder("PostgreSQL:");
                for (String name : List.of("server_version", "synchronous_commit", "fsync", "full_page_writes",
                        "commit_delay", "commit_siblings", "shared_buffers", "wal_buffers", "max_connections")) {
                    try (ResultSet rs = s.executeQuery("show " + name)) {
                        rs.next();
                        shown.append(' ').append(name).append('=').append(rs.getString(1));
                    }
                }
                System.out.println(shown);
            }
            return;
        }
        int connections = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        long unit;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from org_unit where code = 'BJ'")) {
            rs.next();
            unit = rs.getLong(1);
        }
        String run = "RAW-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        run(url, connections, 5, unit, run); // warm-up
        Recorder recorder = new Recorder(3);
        long rows = run(url, connections, seconds, unit, run, recorder);
        var h = recorder.getIntervalHistogram();
        double rate = rows / (double) seconds;
        System.out.printf("%-28s %,8.1f rows/s  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %8.1f ms  (%d connections,"
                        + " one insert per transaction)%n", "raw JDBC insert ceiling", rate,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, connections);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("delete from service_case where number like 'RAW-%'");
        }
        if (args.length > 4 && !args[4].isBlank()) {
            double kefu = Double.parseDouble(args[4]);
            System.out.printf("ratio Kefu intake / raw insert: %,.0f / %,.0f = %.2f%n", kefu, rate, kefu / rate);
        }
    }

    private static long run(String url, int connections, int seconds, long unit, String run) throws Exception {
        return run(url, connections, seconds, unit, run, new Recorder(3));
    }

    private static long run(String url, int connections, int seconds, long unit, String run, Recorder recorder)
            throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            Thread thread = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url); PreparedStatement s = c.prepareStatement(INSERT)) {
                    while (System.nanoTime() < end) {
                        long n = sequence.incrementAndGet();
                        long started = System.nanoTime();
                        boolean anonymous = n % 5 == 0;
                        s.setString(1, run + n);
                        // An anonymous caller's encrypted contact (~200 characters) rides in the description:
                        // same bytes written, and no fake envelope that Kefu would fail to decrypt.
                        s.setString(2, "负载测试：客户希望尽快回电" + (anonymous ? ANONYMOUS_CONTACT : ""));
                        s.setString(3, anonymous ? null : "C%010d".formatted(37 + n % 1_000_000));
                        s.setLong(4, unit);
                        Timestamp now = Timestamp.from(Instant.now());
                        s.setTimestamp(5, now);
                        s.setTimestamp(6, now);
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                        }
                        recorder.recordValue(Math.max(1, (System.nanoTime() - started) / 1_000));
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get();
    }
}
