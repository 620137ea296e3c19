package org.kefu.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.kefu.identity.OrgUnits;
import org.kefu.platform.Actor;
import org.kefu.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo customers for the demo organisation — development only, under the identity module's rule
 * ({@code kefu.demo.enabled}, on by default only with the embedded database). Runs after the demo
 * organisation exists and writes once: a second start finds customers and leaves them alone. Everything
 * is generated from a fixed seed, so every laptop has the same customers; the ID numbers have valid
 * check characters but belong to nobody.
 */
@Component
@Order(20)
class DemoCustomers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军",
            "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "晓东", "志强");
    /** Home unit, the region code its ID numbers start with, and a district for the address. */
    private record Place(String unit, String region, String address) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("BJ", "110105", "北京市朝阳区建国路"), new Place("BJ-HD", "110108", "北京市海淀区中关村大街"),
            new Place("SH", "310115", "上海市浦东新区世纪大道"));
    private static final List<String> SEGMENTS = List.of("大众客户", "财富客户", "私行客户", "小微企业主");
    private static final List<String> TIERS = List.of("普卡", "金卡", "白金卡", "钻石卡");
    private static final List<String> ACCOUNTS = List.of("借记卡", "信用卡", "定期存款", "理财产品", "基金", "个人贷款");
    private static final List<String> OCCUPATIONS = List.of("教师", "工程师", "医生", "个体工商户", "公务员", "退休");

    private final boolean enabled;
    private final OrgUnits orgUnits;
    private final Customers customers;
    private final CustomerStore store;
    private final TransactionTemplate transaction;

    DemoCustomers(DatabaseMode mode, @Value("${kefu.demo.enabled:}") String enabled, OrgUnits orgUnits,
                  Customers customers, CustomerStore store, TransactionTemplate transaction) {
        // The same rule as the identity module's demo settings: demo customers exactly where demo users are.
        this.enabled = enabled.isBlank() ? mode.isEmbedded() : Boolean.parseBoolean(enabled);
        this.orgUnits = orgUnits;
        this.customers = customers;
        this.store = store;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || orgUnits.tree().byCode("BJ").isEmpty() || store.count() > 0) {
            return;
        }
        Random random = new Random(20261127);
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 36; i++) {
                customers.create(customer(i, PLACES.get(i % PLACES.size()), random), Actor.system());
            }
        });
        log.warn("36 demo customers created (development only)");
    }

    private static CustomerData customer(int i, Place place, Random random) {
        boolean male = random.nextBoolean();
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.get(random.nextInt(GIVEN.size()));
        LocalDate birth = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = place.region() + birth.toString().replace("-", "")
                + String.format("%02d", random.nextInt(100)) + (2 * random.nextInt(5) + (male ? 1 : 0));
        String idNumber = first17 + ResidentIds.checkCharacter(first17);
        String mobile = List.of("13", "15", "18").get(i % 3) + (random.nextInt(7) + 3)
                + String.format("%08d", random.nextInt(100_000_000));
        int tier = random.nextInt(TIERS.size());
        LifecycleStage stage = tier == 3 ? LifecycleStage.HIGH_NET_WORTH
                : i % 5 == 0 ? LifecycleStage.NEW : LifecycleStage.EXISTING;
        Set<String> accounts = Set.of(ACCOUNTS.get(0), ACCOUNTS.get(1 + random.nextInt(ACCOUNTS.size() - 1)));
        Instant consented = Instant.parse("2025-01-01T02:00:00Z").plusSeconds(86_400L * random.nextInt(300));
        List<Consent> consents = i % 4 == 0 ? List.of(new Consent("marketing", consented, null))
                : List.of(new Consent("service-contact", consented, null));
        return new CustomerData(name, male ? Gender.MALE : Gender.FEMALE, birth, IdType.RESIDENT_ID_CARD, idNumber,
                mobile, "customer" + (i + 1) + "@example.com", place.address() + (10 + random.nextInt(190)) + "号",
                OCCUPATIONS.get(random.nextInt(OCCUPATIONS.size())), CustomerType.INDIVIDUAL,
                RiskPreference.values()[random.nextInt(RiskPreference.values().length)], accounts,
                SEGMENTS.get(Math.min(tier, SEGMENTS.size() - 1)), TIERS.get(tier), stage, null, place.unit(),
                consents, i % 6 == 0 ? Set.of("生日关怀") : Set.of(),
                LocalDate.of(2026, 11, 20).plusDays(random.nextInt(60)), null);
    }
}
