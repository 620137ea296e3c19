package org.kefu.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.kefu.platform.BlindIndex;
import org.kefu.platform.FieldCipher;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers with every personal field encrypted by Kefu's {@link FieldCipher} and the mobile and ID
 * number fingerprinted by its {@link BlindIndex}, in the customer store's column layout (field names as
 * in {@code CustomerStore}). Rows are streamed with COPY, in batches, from several threads.
 */
final class CustomerLoader {

    private static final int BATCH = 20_000;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
            "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "晓东", "海燕"};
    private static final String[] CITIES = {"北京市海淀区中关村大街", "北京市朝阳区建国路", "上海市浦东新区世纪大道",
            "上海市徐汇区漕溪北路", "北京市西城区金融大街", "上海市黄浦区南京东路"};
    private static final String[] RISK = {"CONSERVATIVE", "MODERATELY_CONSERVATIVE", "BALANCED",
            "MODERATELY_AGGRESSIVE", "AGGRESSIVE"};
    private static final String[] SEGMENTS = {"mass", "mass", "mass", "affluent", "affluent", "private"};
    private static final String[] OCCUPATIONS = {"工程师", "教师", "医生", "个体经营", "公务员", "退休", "职员"};

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final int threads;

    CustomerLoader(DataSource dataSource, JdbcClient jdbc, FieldCipher cipher, BlindIndex index, int threads) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
        this.threads = threads;
    }

    /** Loads {@code count} customers; returns the number the first one got (the rest follow in order). */
    long load(long count) throws Exception {
        // Reserve the numbers in the store's own sequence, so customers created later do not collide.
        long first = jdbc.sql("select nextval('customer_number_seq')").query(Long.class).single();
        jdbc.sql("select setval('customer_number_seq', ?)").param(first + count - 1).query(Long.class).single();
        List<Long> units = jdbc.sql("select id from org_unit where code in ('BJ', 'BJ-HD', 'SH') order by code")
                .query(Long.class).list();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> batches = new ArrayList<>();
        for (long from = 0; from < count; from += BATCH) {
            long start = from;
            long end = Math.min(count, from + BATCH);
            batches.add(pool.submit(() -> copy(first, start, end, units)));
        }
        for (Future<?> batch : batches) {
            batch.get();
        }
        pool.shutdown();
        long t = System.nanoTime();
        jdbc.sql("""
                insert into customer_consent (customer_id, purpose, given_at)
                select id, p, created_at from customer cross join (values ('service'), ('marketing')) v(p)
                where number >= ? and (p = 'service' or id % 5 < 3)""").param("C%010d".formatted(first)).update();
        jdbc.sql("analyze customer").update();
        jdbc.sql("analyze customer_consent").update();
        System.out.printf("  consents and analyze: %.1f s%n", DataGenerator.seconds(t));
        return first;
    }

    private Void copy(long firstNumber, long from, long to, List<Long> units) throws Exception {
        SplittableRandom random = new SplittableRandom(from);
        StringBuilder rows = new StringBuilder((int) (to - from) * 900);
        for (long i = from; i < to; i++) {
            row(rows, firstNumber, i, random, units);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy customer (number, name, gender, birth_date_enc, id_type, id_number_enc, id_number_idx,
                      mobile_enc, mobile_idx, email_enc, address_enc, occupation, customer_type, risk_preference,
                      account_types, segment, value_tier, lifecycle_stage, relationship_manager, org_unit_id, tags,
                      created_at, updated_at) from stdin""", new StringReader(rows.toString()));
        }
        return null;
    }

    private void row(StringBuilder out, long firstNumber, long i, SplittableRandom r, List<Long> units) {
        boolean male = r.nextBoolean();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 55));
        String idNumber = ResidentId.of(110_101 + r.nextInt(9) * 1_000, birth, (int) (i % 1000), male);
        String mobile = BenchPopulation.mobile(i);
        long unit = units.get(BenchPopulation.unitOf(i)); // ordered by code: BJ, BJ-HD, SH
        String created = "2023-%02d-%02d 10:00:00+08".formatted(1 + r.nextInt(12), 1 + r.nextInt(28));
        tab(out, "C%010d".formatted(firstNumber + i));
        tab(out, SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]);
        tab(out, male ? "MALE" : "FEMALE");
        tab(out, cipher.encrypt("customer.birth-date", birth.toString()));
        tab(out, "RESIDENT_ID_CARD");
        tab(out, cipher.encrypt("customer.id-number", idNumber));
        tab(out, index.of("customer.id-number", idNumber));
        tab(out, cipher.encrypt("customer.mobile", mobile));
        tab(out, index.of("customer.mobile", mobile));
        tab(out, cipher.encrypt("customer.email", "c" + (firstNumber + i) + "@example.com"));
        tab(out, cipher.encrypt("customer.address", CITIES[r.nextInt(CITIES.length)] + (1 + r.nextInt(300)) + "号"));
        tab(out, OCCUPATIONS[r.nextInt(OCCUPATIONS.length)]);
        tab(out, "INDIVIDUAL");
        tab(out, RISK[r.nextInt(RISK.length)]);
        tab(out, r.nextInt(4) == 0 ? "{debit,credit}" : "{debit}");
        tab(out, SEGMENTS[r.nextInt(SEGMENTS.length)]);
        tab(out, "T" + (1 + r.nextInt(4)));
        tab(out, r.nextInt(10) == 0 ? "NEW" : "EXISTING");
        tab(out, r.nextInt(3) == 0 ? "supervisor.bj" : "\\N");
        tab(out, Long.toString(unit));
        tab(out, r.nextInt(8) == 0 ? "{VIP}" : "{}");
        tab(out, created);
        out.append(created).append('\n');
    }

    private static void tab(StringBuilder out, String value) {
        out.append(value).append('\t');
    }
}
