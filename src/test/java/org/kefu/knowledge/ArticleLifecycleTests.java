package org.kefu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An article's life through the API: maker-checker, versions, conflicts, bad input, retirement and expiry. */
@KefuTest
@RecordApplicationEvents
class ArticleLifecycleTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    IntentCatalog catalog;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Articles articles;
    @Autowired
    TransactionTemplate transaction;

    /** Letters only: the Chinese segmenter splits digits off, and a lone digit matches many articles. */
    static String unique() {
        StringBuilder word = new StringBuilder("zq");
        for (long n = System.nanoTime(); n > 0; n /= 26) {
            word.append((char) ('a' + n % 26));
        }
        return word.toString();
    }

    static String body(String slug, String word, String audience, String intent, Instant effective, Instant expires) {
        return """
                {"slug":"%s","language":"en","title":"How to handle %s requests","body":"Answer for **%s** questions.",
                 "category":"cards","tags":["%s"],"audience":"%s","effectiveFrom":"%s",%s
                 "intent":%s,"utterancesEn":%s}""".formatted(slug, word, word, word, audience, effective,
                expires == null ? "" : "\"expiresAt\":\"" + expires + "\",",
                intent == null ? "null" : "\"" + intent + "\"",
                intent == null ? "[]" : "[\"what about " + word + "\",\"tell me about " + word + "\"]");
    }

    JsonNode call(ResultActions actions) throws Exception {
        return JSON.readTree(actions.andReturn().getResponse().getContentAsString());
    }

    JsonNode create(String as, String json) throws Exception {
        return call(mvc.perform(post("/api/v1/knowledge/articles").with(staff.as(as))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()));
    }

    ResultActions step(String as, long id, String step, int version, String comment) throws Exception {
        return mvc.perform(post("/api/v1/knowledge/articles/{id}/{step}", id, step).with(staff.as(as))
                .contentType(MediaType.APPLICATION_JSON)
                .content(comment == null ? "{\"version\":" + version + "}"
                        : "{\"version\":" + version + ",\"comment\":\"" + comment + "\"}"));
    }

    /** Written and submitted by manager.hq, approved by compliance.hq. */
    JsonNode published(String json) throws Exception {
        JsonNode draft = create("manager.hq", json);
        long id = draft.get("id").asLong();
        JsonNode submitted = call(step("manager.hq", id, "submit", draft.get("version").asInt(), null)
                .andExpect(status().isOk()));
        return call(step("compliance.hq", id, "approve", submitted.get("version").asInt(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED")));
    }

    List<String> found(String word, Audience audience) {
        return search.search(word, null, audience, 5).stream().map(ArticleSummary::slug).toList();
    }

    @Test
    void theWriterCannotApproveTheirOwnArticleButSomeoneElseCanAndEachPublicationIsAVersion() throws Exception {
        String word = unique();
        String slug = "t-" + word;
        JsonNode draft = create("manager.hq", body(slug, word, "CUSTOMERS", null, Instant.now().minusSeconds(60), null));
        long id = draft.get("id").asLong();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(found(word, Audience.STAFF)).isEmpty();

        int version = call(step("manager.hq", id, "submit", draft.get("version").asInt(), null)
                .andExpect(status().isOk())).get("version").asInt();
        step("manager.hq", id, "approve", version, null).andExpect(status().isForbidden());
        step("agent.bj", id, "approve", version, null).andExpect(status().isForbidden());
        assertThat(found(word, Audience.STAFF)).isEmpty();

        JsonNode published = call(step("compliance.hq", id, "approve", version, null).andExpect(status().isOk()));
        assertThat(published.get("servedVersion").asInt()).isEqualTo(1);
        assertThat(found(word, Audience.CUSTOMER)).containsExactly(slug);

        // Edited again: back to draft while version 1 is still served; approved again it becomes version 2.
        JsonNode edited = call(mvc.perform(put("/api/v1/knowledge/articles/{id}", id).with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(slug, word, "CUSTOMERS", null, Instant.now().minusSeconds(60), null)
                                .replaceFirst("\\{", "{\"version\":" + published.get("version").asInt() + ",")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT")));
        assertThat(found(word, Audience.CUSTOMER)).containsExactly(slug);
        int submitted = call(step("supervisor.bj", id, "submit", edited.get("version").asInt(), null)).get("version").asInt();
        step("manager.hq", id, "approve", submitted, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.servedVersion").value(2));
        mvc.perform(get("/api/v1/knowledge/articles/{id}/versions", id).with(staff.as("supervisor.bj")))
                .andExpect(jsonPath("$[0].versionNo").value(2))
                .andExpect(jsonPath("$[0].approvedBy").value("manager.hq"))
                .andExpect(jsonPath("$[0].editedBy").value("supervisor.bj"))
                .andExpect(jsonPath("$[1].approvedBy").value("compliance.hq"));
        assertThat(jdbc.sql("select action from audit_entry where entity_type = 'knowledge-article' and entity_id = ?"
                + " order by id").param(String.valueOf(id)).query(String.class).list())
                .containsExactly("knowledge.article.created", "knowledge.article.submitted",
                        "knowledge.article.published", "knowledge.article.updated", "knowledge.article.submitted",
                        "knowledge.article.published");
    }

    @Test
    void nobodyWhoChangedTheTextSinceItsLastPublicationApprovesItEvenIfSomeoneElseEditedLast() throws Exception {
        String word = unique();
        String slug = "t-" + word;
        String json = body(slug, word, "CUSTOMERS", null, Instant.now().minusSeconds(60), null);
        JsonNode draft = create("manager.hq", json);
        long id = draft.get("id").asLong();
        // supervisor.bj changes one character and submits: manager.hq's words are still in it.
        JsonNode edited = call(mvc.perform(put("/api/v1/knowledge/articles/{id}", id).with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.replaceFirst("\\{", "{\"version\":" + draft.get("version").asInt() + ",")
                                .replace("questions.", "questions!")))
                .andExpect(status().isOk()));
        int submitted = call(step("supervisor.bj", id, "submit", edited.get("version").asInt(), null)
                .andExpect(status().isOk())).get("version").asInt();
        mvc.perform(post("/api/v1/knowledge/articles/{id}/approve", id).with(staff.as("manager.hq"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + submitted + "}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("since it was last published")));
        mvc.perform(post("/api/v1/knowledge/articles/{id}/approve", id).with(staff.as("manager.hq"))
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + submitted + "}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(Matchers.containsString("上次发布")));
        assertThat(jdbc.sql("select count(*) from knowledge_article_version where article_id = ?").param(id)
                .query(Long.class).single()).isZero();

        JsonNode published = call(step("compliance.hq", id, "approve", submitted, null).andExpect(status().isOk()));
        assertThat(jdbc.sql("select editors from knowledge_article_version where article_id = ?").param(id)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .containsExactly("manager.hq", "supervisor.bj");
        // After a publication the list starts afresh: manager.hq checks supervisor.bj's next change.
        JsonNode again = call(mvc.perform(put("/api/v1/knowledge/articles/{id}", id).with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.replaceFirst("\\{", "{\"version\":" + published.get("version").asInt() + ",")))
                .andExpect(status().isOk()));
        int resubmitted = call(step("supervisor.bj", id, "submit", again.get("version").asInt(), null)).get("version").asInt();
        step("manager.hq", id, "approve", resubmitted, null).andExpect(status().isOk());

        // The database refuses it too, whatever code writes the version.
        org.junit.jupiter.api.Assertions.assertThrows(org.springframework.dao.DataIntegrityViolationException.class,
                () -> jdbc.sql("insert into knowledge_article_version (article_id, version_no, title, body, category,"
                        + " tags, products, audience, effective_from, utterances_zh, utterances_en, edited_by,"
                        + " submitted_by, approved_by, approved_at, editors) select article_id, 99, title, body, category,"
                        + " tags, products, audience, effective_from, utterances_zh, utterances_en, 'supervisor.bj',"
                        + " 'supervisor.bj', 'manager.hq', now(), array['manager.hq', 'supervisor.bj']"
                        + " from knowledge_article_version where article_id = ? and version_no = 1").param(id).update());
    }

    @Test
    void aChangeMadeOnAnOldVersionIsAConflictAndSoIsAStepNotPossibleNow() throws Exception {
        String word = unique();
        JsonNode draft = create("supervisor.bj", body("t-" + word, word, "CUSTOMERS", null, Instant.now(), null));
        long id = draft.get("id").asLong();
        int version = draft.get("version").asInt();
        step("supervisor.bj", id, "submit", version, null).andExpect(status().isOk());
        step("supervisor.bj", id, "submit", version, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(version + 1));
        step("manager.hq", id, "retire", version + 1, "why").andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowed").value(Matchers.hasItems("approve", "send-back")));
        mvc.perform(put("/api/v1/knowledge/articles/{id}", id).with(staff.as("manager.hq"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"title\":\"Other\",\"body\":\"x\",\"category\":\"cards\","
                                + "\"audience\":\"CUSTOMERS\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/problems/conflict")));
        assertThat(jdbc.sql("select title from knowledge_article where id = ?").param(id).query(String.class).single())
                .isEqualTo("How to handle " + word + " requests");
        step("manager.hq", id, "send-back", version + 1, "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        step("manager.hq", id, "send-back", version + 1, "Say which card").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.reviewComment").value("Say which card"));
        mvc.perform(get("/api/v1/knowledge/articles/{id}", 99_999_999).with(staff.as("manager.hq")))
                .andExpect(status().isNotFound());
        step("manager.hq", 99_999_999, "submit", 0, null).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsAProblemNamingEachFieldAndWritesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from knowledge_article").query(Long.class).single();
        mvc.perform(post("/api/v1/knowledge/articles").with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slug":"Bad Slug","language":"en","title":"","body":"text","category":"Cards!",
                                 "audience":"CUSTOMERS","effectiveFrom":"2026-01-02T00:00:00Z","expiresAt":"2026-01-01T00:00:00Z",
                                 "utterancesEn":["no intent given"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/problems/validation")))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "slug", "title", "category", "expiresAt", "utterancesEn")));
        mvc.perform(post("/api/v1/knowledge/articles").with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slug\":\"ok-slug\",\"language\":\"fr\",\"title\":\"t\",\"body\":\"b\","
                                + "\"category\":\"cards\",\"audience\":\"CUSTOMERS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        mvc.perform(post("/api/v1/knowledge/articles").with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slug\":\"ok-slug\",\"language\":\"en\",\"title\":\"t\",\"body\":\"b\","
                                + "\"category\":\"cards\",\"audience\":\"EVERYONE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("audience"));
        mvc.perform(post("/api/v1/knowledge/articles").with(staff.as("agent.bj"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("t-" + unique(), "x", "CUSTOMERS", null, Instant.now(), null)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from knowledge_article").query(Long.class).single()).isEqualTo(before);
        mvc.perform(get("/api/v1/knowledge/articles").param("sort", "owner,asc").with(staff.as("supervisor.bj")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/v1/knowledge/articles").param("status", "LIVE").with(staff.as("supervisor.bj")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/knowledge/articles").param("status", "RETIRED").param("size", "1")
                        .param("sort", "title,asc").with(staff.as("supervisor.bj")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items[0].status").value("RETIRED"))
                .andExpect(jsonPath("$.totalItems").value(Matchers.greaterThanOrEqualTo(2)));
    }

    @Test
    void retiredArticlesLeaveSearchAndTheIntentCatalogAtOnce() throws Exception {
        String word = unique();
        String intent = "test_" + word;
        JsonNode article = published(body("t-" + word, word, "CUSTOMERS", intent, Instant.now().minusSeconds(5), null));
        assertThat(found(word, Audience.CUSTOMER)).containsExactly("t-" + word);
        assertThat(catalog.trainingSet()).anyMatch(u -> u.intent().equals(intent));
        assertThat(search.forIntent(intent, Language.ZH, Audience.CUSTOMER)).isPresent();
        long changes = events.stream(IntentsChanged.class).count();
        assertThat(changes).isGreaterThanOrEqualTo(1);

        step("compliance.hq", article.get("id").asLong(), "retire", article.get("version").asInt(), "outdated")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETIRED"));
        assertThat(found(word, Audience.CUSTOMER)).isEmpty();
        assertThat(found(word, Audience.STAFF)).isEmpty();
        assertThat(catalog.trainingSet()).noneMatch(u -> u.intent().equals(intent));
        assertThat(search.forIntent(intent, Language.EN, Audience.STAFF)).isEmpty();
        assertThat(events.stream(IntentsChanged.class).count()).isEqualTo(changes + 1);
    }

    @Test
    void oneTransactionPublishingManyIntentArticlesAnnouncesTheChangeOnceAndIndexesThemAfterCommit() {
        long before = events.stream(IntentsChanged.class).count();
        List<String> words = List.of(unique(), unique(), unique());
        transaction.executeWithoutResult(status -> words.forEach(word -> {
            ArticleContent content = new ArticleContent("About " + word, "Text " + word, "cards", List.of(), List.of(),
                    ArticleAudience.CUSTOMERS, Instant.now().minusSeconds(5), null, "test_" + word, List.of(),
                    List.of("say " + word));
            Article a = articles.create(new Articles.NewArticle("t-" + word, Language.EN, null, content),
                    DemoKnowledgeBase.AUTHOR);
            a = articles.submit(a.id(), a.rowVersion(), DemoKnowledgeBase.AUTHOR);
            articles.approve(a.id(), a.rowVersion(), DemoKnowledgeBase.CHECKER);
            assertThat(found(word, Audience.STAFF)).as("not before commit").isEmpty();
        }));
        assertThat(events.stream(IntentsChanged.class).count()).isEqualTo(before + 1);
        words.forEach(word -> assertThat(found(word, Audience.CUSTOMER)).containsExactly("t-" + word));
    }

    @Test
    void twoArticlesOfOneIntentApprovedAtTheSameMomentAreNotBothPublished() throws Exception {
        String word = unique();
        String intent = "test_" + word;
        List<Article> inReview = new java.util.ArrayList<>();
        for (String slug : List.of("t-" + word + "-a", "t-" + word + "-b")) {
            ArticleContent content = new ArticleContent("About " + word, "Text " + word, "cards", List.of(), List.of(),
                    ArticleAudience.CUSTOMERS, Instant.now().minusSeconds(5), null, intent, List.of(), List.of("say " + word));
            Article a = articles.create(new Articles.NewArticle(slug, Language.EN, null, content), DemoKnowledgeBase.AUTHOR);
            inReview.add(articles.submit(a.id(), a.rowVersion(), DemoKnowledgeBase.AUTHOR));
        }
        // The first approval holds its transaction open while the second one runs.
        java.util.concurrent.CountDownLatch approved = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = threads.submit(() -> transaction.executeWithoutResult(s -> {
                Article a = inReview.get(0);
                articles.approve(a.id(), a.rowVersion(), DemoKnowledgeBase.CHECKER);
                approved.countDown();
                try {
                    release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(approved.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            var second = threads.submit(() -> {
                Article b = inReview.get(1);
                return articles.approve(b.id(), b.rowVersion(), DemoKnowledgeBase.CHECKER);
            });
            Thread.sleep(500);
            release.countDown();
            first.get(10, java.util.concurrent.TimeUnit.SECONDS);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> second.get(10, java.util.concurrent.TimeUnit.SECONDS))
                    .hasCauseInstanceOf(org.kefu.platform.ConflictException.class);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from knowledge_article a join knowledge_article_version v"
                + " on v.article_id = a.id and v.version_no = a.served_version where v.intent = ?").param(intent)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anArticleIsServedOnlyBetweenItsEffectiveAndExpiryTimes() throws Exception {
        String soon = unique();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        published(body("t-" + soon, soon, "CUSTOMERS", "test_" + soon, now.minusSeconds(60), now.plusSeconds(3)));
        String later = unique();
        published(body("t-" + later, later, "CUSTOMERS", null, now.plus(1, ChronoUnit.DAYS), null));
        assertThat(found(soon, Audience.CUSTOMER)).containsExactly("t-" + soon);
        assertThat(found(later, Audience.STAFF)).isEmpty();

        Thread.sleep(Math.max(0, now.plusSeconds(3).toEpochMilli() - System.currentTimeMillis()) + 200);
        assertThat(found(soon, Audience.CUSTOMER)).isEmpty();
        assertThat(found(soon, Audience.STAFF)).isEmpty();
        assertThat(catalog.trainingSet()).noneMatch(u -> u.intent().equals("test_" + soon));
        assertThat(search.forIntent("test_" + soon, Language.EN, Audience.STAFF)).isEmpty();
    }

    @Test
    void internalArticlesAreNeverShownToCustomers() throws Exception {
        String word = unique();
        published(body("t-" + word, word, "INTERNAL", "test_" + word, Instant.now().minusSeconds(5), null));
        assertThat(found(word, Audience.STAFF)).containsExactly("t-" + word);
        assertThat(found(word, Audience.CUSTOMER)).isEmpty();
        assertThat(search.forIntent("test_" + word, Language.EN, Audience.CUSTOMER)).isEmpty();
        assertThat(search.forIntent("test_" + word, Language.EN, Audience.STAFF)).isPresent();
        mvc.perform(get("/api/v1/knowledge/search").param("q", word).param("channel", "customers")
                        .with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/knowledge/search").param("q", word).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.items[0].slug").value("t-" + word));
    }

    @Test
    void markdownIsRenderedInert() throws Exception {
        String word = unique();
        String markdown = "Hi <script>alert(1)</script>\\n\\n[click](javascript:alert(2)) [tab](java\\tscript:alert(3))"
                + " <img src=x onerror=alert(4)> ![pic](javascript:alert(5)) [ok](https://bank.example/help)"
                + " <a href=\\\"javascript:alert(6)\\\">raw</a> [data](data:text/html;base64,PHNjcmlwdD4=)";
        String json = body("t-" + word, word, "CUSTOMERS", null, Instant.now().minusSeconds(5), null)
                .replace("Answer for **" + word + "** questions.", markdown);
        JsonNode article = published(json);
        String html = article.get("html").asText();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("href=\"javascript")
                .doesNotContain("src=\"javascript").doesNotContain("href=\"data:").doesNotContain("href=\"java\tscript")
                .doesNotContainPattern("<[^>]*onerror").contains("&lt;script&gt;")
                .contains("href=\"https://bank.example/help\"");
        ArticleSummary served = search.search(word, Language.EN, Audience.CUSTOMER, 1).get(0);
        assertThat(served.answer()).isEqualTo(html);
        assertThat(served.highlight()).doesNotContain("<script").doesNotContainPattern("<(?!/?mark>)");
    }
}
