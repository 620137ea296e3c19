package org.kefu.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the data generator put into a benchmark database, so that the load driver can ask for customers
 * that exist: customer i (0-based) has number {@code C<firstNumber + i>} and mobile {@link #mobile(long)}.
 * Written as {@code bench-population.properties} into the data directory.
 */
record BenchPopulation(long firstCustomerNumber, long customers, long cases) {

    static final String FILE = "bench-population.properties";
    /** An HQ client that may open and read cases and look customers up, created by the generator. */
    static final String BENCH_API_KEY = "kefu_bench_load_key_2026";

    /** A unique mobile per customer: 199 and a bijective scramble of i (demo customers use 13x/15x/18x). */
    static String mobile(long i) {
        return "199" + String.format("%08d", (i * 7_919 + 12_345) % 100_000_000L);
    }

    /** Customer i's unit, 0 = BJ (40 %), 1 = BJ-HD (25 %), 2 = SH (35 %): known to the driver, for scope. */
    static int unitOf(long i) {
        long spread = (i * 2_654_435_761L) % 100;
        return spread < 40 ? 0 : spread < 65 ? 1 : 2;
    }

    String customerNumber(long i) {
        return "C%010d".formatted(firstCustomerNumber + i);
    }

    void write(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("first-customer-number", Long.toString(firstCustomerNumber));
        p.setProperty("customers", Long.toString(customers));
        p.setProperty("cases", Long.toString(cases));
        try (Writer out = Files.newBufferedWriter(dataDir.resolve(FILE))) {
            p.store(out, "Written by org.kefu.bench.DataGenerator");
        }
    }

    static BenchPopulation read(Path dataDir) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve(FILE))) {
            p.load(in);
        }
        return new BenchPopulation(Long.parseLong(p.getProperty("first-customer-number")),
                Long.parseLong(p.getProperty("customers")), Long.parseLong(p.getProperty("cases")));
    }
}
