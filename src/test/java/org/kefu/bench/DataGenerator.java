package org.kefu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import javax.sql.DataSource;

import org.kefu.KefuApplication;
import org.kefu.identity.OrgUnits;
import org.kefu.identity.apiclient.ApiClients;
import org.kefu.platform.BlindIndex;
import org.kefu.platform.FieldCipher;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills a Kefu database for the load benchmarks (issue 4): customers through the real field cipher and
 * blind index (COPY from several threads), cases over three years generated inside PostgreSQL, timeline
 * entries for recent cases, and an HQ API client for the load driver. Kefu itself starts first (Flyway,
 * demo data, the development keyring of the data directory), so the data is what Kefu would have written.
 * Not a test: run with {@code bench/generate.sh [--customers N] [--cases N] [--threads N]}.
 */
public final class DataGenerator {

    public static void main(String[] args) throws Exception {
        long customers = option(args, "--customers", 1_000_000);
        long cases = option(args, "--cases", 10_000_000);
        int threads = (int) option(args, "--threads", 2);
        Path dataDir = Path.of(System.getProperty("kefu.data-dir", "target/bench-data")).toAbsolutePath();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext kefu = new SpringApplicationBuilder(KefuApplication.class)
                .properties("spring.main.banner-mode=off").run("--kefu.data-dir=" + dataDir, "--server.port=0",
                        "--logging.level.root=WARN", "--logging.level.org.kefu=WARN",
                        "--kefu.notification.dispatcher-enabled=false", "--kefu.audit.verify-interval=24h")) {
            System.out.printf("Kefu started on %s in %.1f s%n", dataDir, seconds(started));
            JdbcClient jdbc = kefu.getBean(JdbcClient.class);
            if (Arrays.asList(args).contains("--finish")) {
                // Resumes a run cut off after the cases were written: the customers' numbers end the sequence.
                long first = jdbc.sql("select last_value from customer_number_seq").query(Long.class).single()
                        - customers + 1;
                BenchPopulation population = new BenchPopulation(first, customers, cases);
                new CaseLoader(kefu.getBean(DataSource.class), jdbc, kefu.getBean(FieldCipher.class), threads)
                        .finish(population);
                population.write(dataDir);
                return;
            }
            // The embedded demo data brings a few dozen cases of today; generated data is millions.
            if (jdbc.sql("select count(*) from service_case").query(Long.class).single() > 1_000
                    || Files.exists(dataDir.resolve(BenchPopulation.FILE))) {
                throw new IllegalStateException(dataDir + " already holds cases or generated data; use an empty data dir");
            }
            apiClient(kefu);
            long t = System.nanoTime();
            long first = new CustomerLoader(kefu.getBean(DataSource.class), jdbc, kefu.getBean(FieldCipher.class),
                    kefu.getBean(BlindIndex.class), threads).load(customers);
            System.out.printf("customers: %,d in %.1f s (%,.0f/s)%n", customers, seconds(t), customers / seconds(t));
            BenchPopulation population = new BenchPopulation(first, customers, cases);
            new CaseLoader(kefu.getBean(DataSource.class), jdbc, kefu.getBean(FieldCipher.class), threads)
                    .load(population);
            population.write(dataDir);
        }
        System.out.printf("generator total: %.1f s%n", seconds(started));
    }

    /** The load driver's client: head office, so lists and lookups see every unit. */
    private static void apiClient(ConfigurableApplicationContext kefu) {
        long hq = kefu.getBean(OrgUnits.class).tree().byCode("HQ").orElseThrow().id();
        kefu.getBean(ApiClients.class).createWithKey("bench-load", "CHANNEL", "mobile_banking", hq, null,
                Set.of("cases.create", "cases.read", "customer.read"), "system", BenchPopulation.BENCH_API_KEY);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long option(String[] args, String name, long fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Long.parseLong(args[i + 1].replace("_", "").replace(",", ""));
            }
        }
        return fallback;
    }
}
