package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

/** Case numbers from the shared sequence (decision 0016) and the capped total of the case list. */
@KefuTest
class CaseNumberTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void concurrentIntakesOfOneDayGetUniqueIncreasingNumbersStartingAtOne() throws Exception {
        // A day nobody else uses, so that every thread also races for the day's first row.
        LocalDate day = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<Integer>>> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            threads.add(pool.submit(() -> {
                List<Integer> mine = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    mine.add(tx.execute(status -> store.nextOfDay(day)));
                }
                return mine;
            }));
        }
        Set<Integer> all = new HashSet<>();
        for (Future<List<Integer>> thread : threads) {
            List<Integer> mine = thread.get();
            assertThat(mine).isSorted();
            all.addAll(mine);
        }
        pool.shutdown();
        assertThat(all).hasSize(320).allMatch(n -> n >= 1);
        assertThat(all.stream().mapToInt(Integer::intValue).min().orElseThrow()).isEqualTo(1);
    }

    @Test
    void anIntakeIsNumberedOnTheDayInChinaTime() throws Exception {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyyMMdd");
        String before = format.format(LocalDate.now(Cases.CHINA));
        String body = mvc.perform(CasesApiTests.intake(CasesApiTests.EXAMPLE)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String after = format.format(LocalDate.now(Cases.CHINA));
        String number = JsonPath.read(body, "$.number");
        assertThat(number).matches("KF-\\d{8}-\\d{6}");
        assertThat(number.substring(3, 11)).isIn(before, after);
    }

    @Test
    void aListOfMoreThanTenThousandCasesSaysTenThousandPlusInsteadOfCountingAll() throws Exception {
        String owner = "count-cap-" + UUID.randomUUID();
        insertCases(owner, 10_050);
        try {
            mvc.perform(get("/api/v1/cases").param("owner", owner).header("Authorization", "Bearer kefu_demo_mobile_key"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items.length()").value(20))
                    .andExpect(jsonPath("$.totalItems").value(10_000))
                    .andExpect(jsonPath("$.totalPages").value(500))
                    .andExpect(jsonPath("$.totalCapped").value(true));
            mvc.perform(get("/api/v1/cases").param("owner", owner).param("createdFrom", "2026-01-01T00:00:00Z")
                            .param("createdTo", "2026-01-01T00:00:03Z")
                            .header("Authorization", "Bearer kefu_demo_mobile_key"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalItems").value(3))
                    .andExpect(jsonPath("$.totalCapped").value(false));
        } finally {
            jdbc.sql("delete from service_case where owner = ?").param(owner).update();
        }
    }

    /** One case per second from 2026-01-01 00:00 UTC, in BJ (the demo client's unit). */
    private void insertCases(String owner, int count) {
        jdbc.sql("""
                insert into service_case (number, kind, channel, subject, description, priority, org_unit_id, owner,
                  status, created_by, created_at, updated_at)
                select 'CAP-' || ? || '-' || g, 'consultation', 'phone', '容量测试', '容量测试', 'P4',
                  (select id from org_unit where code = 'BJ'), ?, 'accepted', 'test',
                  timestamptz '2026-01-01 00:00:00Z' + g * interval '1 second',
                  timestamptz '2026-01-01 00:00:00Z' + g * interval '1 second'
                from generate_series(0, ? - 1) g""")
                .params(owner.substring(10, 18), owner, count).update();
    }
}
