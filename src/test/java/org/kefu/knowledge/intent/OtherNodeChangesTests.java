package org.kefu.knowledge.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.knowledge.ArticleContent;
import org.kefu.knowledge.ArticleAudience;
import org.kefu.knowledge.ArticleIndex;
import org.kefu.knowledge.ArticleSummary;
import org.kefu.knowledge.Articles;
import org.kefu.knowledge.Audience;
import org.kefu.knowledge.KnowledgeSearch;
import org.kefu.knowledge.Language;
import org.kefu.platform.Actor;
import org.kefu.platform.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Several nodes share one database: what another node changed there reaches this node's index and classifier
 * at the next poll (the tests call the poll's work directly). The changes of "another node" are made straight
 * in the database. Its own context (and so its own database), closed afterwards: the model trained here must
 * not become the one in use in the contexts other tests share.
 */
@KefuTest
@TestPropertySource(properties = {"kefu.knowledge.index-sync-interval=1h", "kefu.knowledge.intent.model-poll-interval=1h"})
@DirtiesContext
class OtherNodeChangesTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArticleIndex index;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    Articles articles;
    @Autowired
    IntentModelStore store;
    @Autowired
    IntentTraining training;
    @Autowired
    KnowledgeIntentClassifier classifier;
    @Autowired
    SentenceEncoder encoder;

    private List<String> found(String word) {
        return search.search(word, null, Audience.STAFF, 5).stream().map(ArticleSummary::slug).toList();
    }

    @Test
    void articlesRetiredOrRepublishedByAnotherNodeAreServedAsTheDatabaseSaysAfterTheNextComparison() {
        String word = "zqnode" + Long.toString(System.nanoTime(), 26).replaceAll("[0-9]", "x");
        Actor writer = new Actor(Actor.Type.USER, "supervisor.bj", null, null, null, java.util.Set.of(), DataScope.all());
        Actor checker = new Actor(Actor.Type.USER, "compliance.hq", null, null, null, java.util.Set.of(), DataScope.all());
        List<Long> ids = new java.util.ArrayList<>();
        for (String suffix : List.of("a", "b")) {
            ArticleContent content = new ArticleContent("About " + word + " " + suffix, "Text " + word, "cards", List.of(),
                    List.of(), ArticleAudience.CUSTOMERS, Instant.now().minusSeconds(5), null, null, List.of(), List.of());
            var a = articles.create(new Articles.NewArticle("t-" + word + "-" + suffix, Language.EN, null, content), writer);
            a = articles.submit(a.id(), a.rowVersion(), writer);
            ids.add(articles.approve(a.id(), a.rowVersion(), checker).id());
        }
        assertThat(found(word)).containsExactlyInAnyOrder("t-" + word + "-a", "t-" + word + "-b");

        // Another node retires a and publishes a version 2 of b under a new word: no event reaches this node.
        jdbc.sql("update knowledge_article set status = 'RETIRED', served_version = null where id = ?").param(ids.get(0)).update();
        jdbc.sql("insert into knowledge_article_version (article_id, version_no, title, body, category, tags, products,"
                        + " audience, effective_from, utterances_zh, utterances_en, edited_by, submitted_by, approved_by,"
                        + " approved_at, editors) select article_id, 2, title, body || ' ' || ?, category, tags, products,"
                        + " audience, effective_from, utterances_zh, utterances_en, edited_by, submitted_by, approved_by,"
                        + " now(), editors from knowledge_article_version where article_id = ? and version_no = 1")
                .params(word + "again", ids.get(1)).update();
        jdbc.sql("update knowledge_article set served_version = 2 where id = ?").param(ids.get(1)).update();
        assertThat(found(word)).as("before the comparison, this node still serves what it indexed").hasSize(2);

        assertThat(index.catchUp()).isEqualTo(2);
        assertThat(found(word)).containsExactly("t-" + word + "-b");
        assertThat(found(word + "again")).containsExactly("t-" + word + "-b");
        assertThat(index.indexed()).doesNotContainKey(ids.get(0)).containsEntry(ids.get(1), 2);
        assertThat(index.catchUp()).as("nothing left to do").isZero();
    }

    @Test
    void aModelAnotherNodeTrainedIsLoadedAndOnlyRunsWithoutHeartbeatAreFailed() throws Exception {
        // Another node trains and stores a model; this node learns of it at its next poll.
        IntentTrainer.Result result = new IntentTrainer(encoder, IntentTrainer.Settings.defaults())
                .train(IntentTrainingTests.smallBank(), IntentTrainer.Progress.NONE);
        long id = store.start("other-node", "trained elsewhere");
        store.ready(id, result, IntentModelCodec.toBytes(result.model()), "elsewhere");
        assertThat(classifier.version()).isNotEqualTo(IntentModelVersion.versionOf(id));
        assertThat(training.catchUp()).isTrue();
        assertThat(classifier.version()).isEqualTo(IntentModelVersion.versionOf(id));
        assertThat(classifier.classify("我的银行卡丢了", Language.ZH).modelVersion()).isEqualTo(IntentModelVersion.versionOf(id));

        // A run another node is doing now is left alone; one silent for longer than the limit is failed.
        long live = store.start("other-node", "training elsewhere now");
        long dead = store.start("other-node", "its node stopped");
        jdbc.sql("update knowledge_intent_model set updated_at = now() - interval '11 minutes' where id in (?, ?)")
                .params(live, dead).update();
        store.heartbeat(live);
        assertThat(store.failStale(Duration.ofMinutes(10))).isEqualTo(1);
        assertThat(store.find(live).orElseThrow().status()).isEqualTo("training");
        assertThat(store.find(dead).orElseThrow().status()).isEqualTo("failed");
        assertThat(store.find(dead).orElseThrow().error()).contains("no progress");
        store.failed(live, "test over");
    }
}
