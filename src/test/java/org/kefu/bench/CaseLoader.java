package org.kefu.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.kefu.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases over the three years before today (China time), generated inside PostgreSQL from
 * {@code generate_series}: cases carry no encrypted column except an anonymous caller's contact, and those
 * come from a pool of contacts encrypted by Kefu's {@link FieldCipher} (so every stored envelope is real and
 * decrypts). Secondary indexes are dropped during the load and rebuilt after it, as a bulk load would.
 */
final class CaseLoader {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int DAYS = 3 * 365;
    private static final int DAYS_PER_STATEMENT = 20;
    private static final int CONTACTS = 1_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final int threads;

    CaseLoader(DataSource dataSource, JdbcClient jdbc, FieldCipher cipher, int threads) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.threads = threads;
    }

    void load(BenchPopulation population) throws Exception {
        LocalDate today = LocalDate.now(CHINA);
        int[] perDay = perDay(population.cases(), today);
        contactPool();
        List<String> indexes = jdbc.sql("""
                select indexdef from pg_indexes i where tablename = 'service_case'
                  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""")
                .query(String.class).list();
        jdbc.sql("""
                select indexname from pg_indexes i where tablename = 'service_case'
                  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""")
                .query(String.class).list().forEach(name -> jdbc.sql("drop index " + name).update());

        long t = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> chunks = new ArrayList<>();
        for (int from = 0; from < DAYS; from += DAYS_PER_STATEMENT) {
            int start = from;
            int end = Math.min(DAYS, from + DAYS_PER_STATEMENT);
            chunks.add(pool.submit(() -> insert(today, perDay, start, end, population)));
        }
        for (Future<?> chunk : chunks) {
            chunk.get();
        }
        pool.shutdown();
        System.out.printf("cases: %,d rows in %.1f s (%,.0f/s)%n", population.cases(), DataGenerator.seconds(t),
                population.cases() / DataGenerator.seconds(t));

        t = System.nanoTime();
        jdbc.sql("set max_parallel_maintenance_workers = 2").update();
        jdbc.sql("set maintenance_work_mem = '1GB'").update();
        for (String index : indexes) {
            jdbc.sql(index).update();
        }
        System.out.printf("  %d secondary indexes rebuilt in %.1f s%n", indexes.size(), DataGenerator.seconds(t));
        finish(population);
    }

    /** Timeline entries of the last 30 days, the days' number rows, statistics (also to resume a cut-off run). */
    void finish(BenchPopulation population) {
        LocalDate today = LocalDate.now(CHINA);
        int[] perDay = perDay(population.cases(), today);
        long t = System.nanoTime();
        Date since = Date.valueOf(today.minusDays(30));
        long entries = jdbc.sql(SqlText.TIMELINE).params(since, since).update();
        for (int d = 0; d < DAYS; d++) {
            if (perDay[d] > 0) {
                jdbc.sql("insert into case_number_day (day, first_value, last_value) values (?, ?, ?)")
                        .params(Date.valueOf(today.minusDays(DAYS - d)), -perDay[d], perDay[d]).update();
            }
        }
        System.out.printf("  timeline: %,d entries (cases of the last 30 days) in %.1f s%n", entries,
                DataGenerator.seconds(t));
        t = System.nanoTime();
        jdbc.sql("vacuum analyze service_case").update();
        jdbc.sql("vacuum analyze case_entry").update();
        System.out.printf("  vacuum analyze: %.1f s%n", DataGenerator.seconds(t));
        jdbc.sql("drop table if exists bench_contact").update();
    }

    /** Cases per day: weekdays busier than weekends, and 30 % more now than three years ago. */
    private static int[] perDay(long total, LocalDate today) {
        double[] weight = new double[DAYS];
        double sum = 0;
        for (int d = 0; d < DAYS; d++) {
            DayOfWeek dow = today.minusDays(DAYS - d).getDayOfWeek();
            weight[d] = (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? 0.6 : 1.0) * (1.0 + 0.3 * d / DAYS);
            sum += weight[d];
        }
        int[] perDay = new int[DAYS];
        long given = 0;
        for (int d = 0; d < DAYS; d++) {
            perDay[d] = (int) Math.round(total * weight[d] / sum);
            given += perDay[d];
        }
        perDay[DAYS - 1] += (int) (total - given);
        return perDay;
    }

    /** Anonymous callers' contacts, encrypted by Kefu; cases pick one of them. */
    private void contactPool() {
        jdbc.sql("create unlogged table bench_contact (i int primary key, name_enc text, mobile_enc text, email_enc text)")
                .update();
        for (int i = 0; i < CONTACTS; i++) {
            String mobile = "138" + String.format("%08d", i * 97_331 % 100_000_000);
            jdbc.sql("insert into bench_contact values (?, ?, ?, ?)").params(i,
                    cipher.encrypt("case.contact-name", "来电客户" + i),
                    cipher.encrypt("case.contact-mobile", mobile),
                    i % 3 == 0 ? cipher.encrypt("case.contact-email", "caller" + i + "@example.com") : null).update();
        }
    }

    private Void insert(LocalDate today, int[] perDay, int from, int to, BenchPopulation population) throws Exception {
        Date[] days = new Date[to - from];
        Integer[] counts = new Integer[to - from];
        for (int d = from; d < to; d++) {
            days[d - from] = Date.valueOf(today.minusDays(DAYS - d));
            counts[d - from] = perDay[d];
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SqlText.CASES)) {
            s.setArray(1, c.createArrayOf("date", days));
            s.setArray(2, c.createArrayOf("int4", counts));
            s.setObject(3, today);
            s.setLong(4, population.firstCustomerNumber());
            s.setLong(5, population.customers());
            s.setInt(6, CONTACTS);
            s.executeUpdate();
        }
        return null;
    }
}
