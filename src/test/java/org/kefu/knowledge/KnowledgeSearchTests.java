package org.kefu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Search over the demo knowledge base: both languages, typos, audiences, and what is never served. */
@KefuTest
class KnowledgeSearchTests {

    @Autowired
    KnowledgeSearch search;
    @Autowired
    IntentCatalog catalog;
    @Autowired
    ArticleIndex index;
    @Autowired
    ArticleStore store;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    org.kefu.identity.apiclient.ApiClients apiClients;
    @Autowired
    org.kefu.identity.OrgUnits orgUnits;

    private List<String> slugs(String query, Language language, Audience audience) {
        return search.search(query, language, audience, 10).stream().map(ArticleSummary::slug).toList();
    }

    @Test
    void aColloquialChineseQuestionFindsTheChineseLostCardArticleFirst() {
        assertThat(slugs("信用卡丢了", null, Audience.CUSTOMER)).first().isEqualTo("card-lost-zh");
        assertThat(slugs("信用卡丢了", Language.ZH, Audience.STAFF)).first().isEqualTo("card-lost-zh");
        assertThat(slugs("卡不见了怎么办", Language.ZH, Audience.CUSTOMER)).first().isEqualTo("card-lost-zh");
        assertThat(slugs("转账失败钱没到账", Language.ZH, Audience.CUSTOMER)).first().isEqualTo("transfer-failed-zh");
        assertThat(slugs("我的投诉到哪了", Language.ZH, Audience.CUSTOMER)).first().isEqualTo("complaint-status-zh");
    }

    @Test
    void englishQuestionsFindTheEnglishArticleEvenMisspelt() {
        assertThat(slugs("I lost my credit card", Language.EN, Audience.CUSTOMER)).first().isEqualTo("card-lost-en");
        assertThat(slugs("lost crad", Language.EN, Audience.CUSTOMER)).first().isEqualTo("card-lost-en");
        assertThat(slugs("stolen card", null, Audience.CUSTOMER)).first().isEqualTo("card-lost-en");
        assertThat(slugs("exchnage rate dollar", Language.EN, Audience.CUSTOMER)).first().isEqualTo("exchange-rate-en");
        assertThat(slugs("forgot pasword online banking", Language.EN, Audience.CUSTOMER)).first()
                .isEqualTo("password-reset-en");
    }

    @Test
    void theApiAnswersWithHighlightsAndPaging() throws Exception {
        mvc.perform(get("/api/v1/knowledge/search").param("q", "信用卡丢了").param("lang", "zh")
                        .param("size", "3").with(staff.as("agent.bj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].slug").value("card-lost-zh"))
                .andExpect(jsonPath("$.items[0].intent").value("card_lost"))
                .andExpect(jsonPath("$.items[0].highlight").value(Matchers.containsString("<mark>")))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.totalItems").value(Matchers.greaterThan(3)));
        mvc.perform(get("/api/v1/knowledge/search").param("q", "lost card").param("lang", "xx")
                        .with(staff.as("agent.bj")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
        mvc.perform(get("/api/v1/knowledge/search").param("q", "card").param("category", "loans")
                        .with(staff.as("agent.bj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].category").value(Matchers.everyItem(Matchers.is("loans"))));
    }

    @Test
    void aPageBeyondTheFirstTenThousandHitsIsABadRequestNotAnOverflow() throws Exception {
        // (page + 1) × size once overflowed an int here and Lucene's IllegalArgumentException became a 500.
        mvc.perform(get("/api/v1/knowledge/search").param("q", "card").param("page", "10737418").param("size", "200")
                        .with(staff.as("agent.bj")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/knowledge/search").param("q", "card").param("page", "50").param("size", "200")
                        .with(staff.as("agent.bj")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/knowledge/search").param("q", "card").param("page", "49").param("size", "200")
                        .with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.totalItems").value(Matchers.greaterThan(0)));
        // The page clamps rather than refusing; the search itself never overflows whoever calls it.
        mvc.perform(get("/knowledge").param("q", "card").param("page", "10737418").with(staff.as("agent.bj")))
                .andExpect(status().isOk());
        SearchHits far = index.search(new SearchRequest("card", null, Audience.STAFF, null, null, 10737418, 200));
        assertThat(far.items()).isEmpty();
        assertThat(far.totalItems()).isPositive();
    }

    @Test
    void retiredAndExpiredDemoArticlesAreNeverFound() {
        for (Audience audience : Audience.values()) {
            assertThat(slugs("春节 营业 网点", null, audience)).doesNotContain("spring-festival-hours-2026-zh");
            assertThat(slugs("Spring Festival branch hours", null, audience))
                    .doesNotContain("spring-festival-hours-2026-en");
            assertThat(slugs("跨境汇款手续费五折优惠", null, audience)).doesNotContain("summer-fee-promotion-2026-zh");
            assertThat(slugs("half-price international transfer summer", null, audience))
                    .doesNotContain("summer-fee-promotion-2026-en");
        }
    }

    @Test
    void internalArticlesAreShownToStaffOnly() throws Exception {
        assertThat(slugs("诈骗 话术 止付", Language.ZH, Audience.STAFF)).contains("agent-fraud-script-zh");
        assertThat(slugs("诈骗 话术 止付", Language.ZH, Audience.CUSTOMER)).doesNotContain("agent-fraud-script-zh");
        assertThat(slugs("waive fees authority", Language.EN, Audience.CUSTOMER)).doesNotContain("agent-fee-waiver-en");
        // A channel system (API key) serves customers: internal articles stay internal even when it asks for them.
        String key = apiClients.create("kb-" + System.nanoTime(), "CHANNEL", "wechat",
                orgUnits.tree().byCode("BJ").orElseThrow().id(), null, java.util.Set.of(KnowledgePermissions.READ),
                "admin").key();
        mvc.perform(get("/api/v1/knowledge/search").param("q", "script suspected fraud internal")
                        .header("Authorization", "Bearer " + key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isNotEmpty())
                .andExpect(content().string(Matchers.not(Matchers.containsString("agent-fraud-script"))));
        mvc.perform(get("/api/v1/knowledge/search").param("q", "script suspected fraud").param("channel", "internal")
                        .header("Authorization", "Bearer " + key))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/knowledge/search").param("q", "script suspected fraud").param("channel", "internal")
                        .with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.items[0].slug").value("agent-fraud-script-en"));
    }

    @Test
    void theIntentCatalogHoldsBothLanguagesOfPublishedArticles() {
        Map<String, Map<Language, Long>> byIntent = catalog.trainingSet().stream().collect(Collectors.groupingBy(
                LabelledUtterance::intent, Collectors.groupingBy(LabelledUtterance::language, Collectors.counting())));
        assertThat(byIntent).containsKeys("card_lost", "complaint_status", "transfer_failed", "ebanking_login");
        assertThat(byIntent.get("card_lost").get(Language.ZH)).isGreaterThanOrEqualTo(10);
        assertThat(byIntent.get("card_lost").get(Language.EN)).isGreaterThanOrEqualTo(10);
        assertThat(catalog.trainingSet()).contains(new LabelledUtterance("信用卡丢了", "card_lost", Language.ZH));
        assertThat(search.forIntent("card_lost", Language.EN, Audience.CUSTOMER)).get()
                .extracting(ArticleSummary::slug).isEqualTo("card-lost-en");
        assertThat(search.forIntent("card_lost", Language.ZH, Audience.CUSTOMER).orElseThrow().answer())
                .contains("<strong>立即挂失</strong>");
    }

    @Test
    void theIndexRebuiltFromTheDatabaseHoldsExactlyTheServedVersions() {
        index.rebuild();
        Map<Long, Integer> served = store.served().stream()
                .collect(Collectors.toMap(ServedArticle::id, ServedArticle::versionNo));
        assertThat(index.indexed()).isEqualTo(served).isNotEmpty();
    }
}
