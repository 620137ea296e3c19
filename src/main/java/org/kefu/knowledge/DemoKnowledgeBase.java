package org.kefu.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.kefu.platform.Actor;
import org.kefu.platform.DataScope;
import org.kefu.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo knowledge base of a retail bank (development only, under the same rule as the demo users:
 * {@code kefu.demo.enabled}, on by default with the embedded database). Each article of
 * {@code knowledge/demo-articles.json} is written in Chinese and English by a supervisor and published by
 * compliance — through the same steps as real articles, so versions, audit and the index are as real.
 * A few are internal-only, one is retired and one has expired, for demonstrations.
 */
@Component
@Order(40)
class DemoKnowledgeBase implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKnowledgeBase.class);
    private static final Instant EFFECTIVE = Instant.parse("2026-01-01T00:00:00+08:00");
    static final Actor AUTHOR = demoActor("supervisor.bj");
    static final Actor CHECKER = demoActor("compliance.hq");

    record Side(String title, String body, List<String> tags, List<String> utterances) {
    }

    record DemoArticle(String slug, String category, String intent, String audience, List<String> products,
                       String effective, String expires, Boolean retired, Side zh, Side en) {
    }

    private final boolean enabled;
    private final Articles articles;
    private final ArticleStore store;
    private final TransactionTemplate transaction;

    DemoKnowledgeBase(DatabaseMode mode, @Value("${kefu.demo.enabled:}") String enabled, Articles articles,
                      ArticleStore store, TransactionTemplate transaction) {
        this.enabled = enabled.isBlank() ? mode.isEmbedded() : Boolean.parseBoolean(enabled);
        this.articles = articles;
        this.store = store;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || store.count() > 0) {
            return;
        }
        List<DemoArticle> demo = read();
        transaction.executeWithoutResult(status -> demo.forEach(this::publish));
        log.warn("{} demo knowledge articles published in Chinese and English (development only)", demo.size());
    }

    private void publish(DemoArticle demo) {
        publish(demo, Language.ZH, demo.zh());
        publish(demo, Language.EN, demo.en());
    }

    private void publish(DemoArticle demo, Language language, Side side) {
        Instant effective = demo.effective() == null ? EFFECTIVE : Instant.parse(demo.effective());
        Instant expires = demo.expires() == null ? null : Instant.parse(demo.expires());
        ArticleContent content = new ArticleContent(side.title(), side.body(), demo.category(), side.tags(),
                demo.products(), ArticleAudience.valueOf(demo.audience()), effective, expires, demo.intent(),
                language == Language.ZH ? side.utterances() : List.of(),
                language == Language.EN ? side.utterances() : List.of());
        String slug = demo.slug() + "-" + language.name().toLowerCase(java.util.Locale.ROOT);
        Article article = articles.create(new Articles.NewArticle(slug, language, AUTHOR.id(), content), AUTHOR);
        article = articles.submit(article.id(), article.rowVersion(), AUTHOR);
        article = articles.approve(article.id(), article.rowVersion(), CHECKER);
        if (Boolean.TRUE.equals(demo.retired())) {
            articles.retire(article.id(), article.rowVersion(), "demo: superseded", CHECKER);
        }
    }

    static List<DemoArticle> read() {
        try (InputStream in = new ClassPathResource("knowledge/demo-articles.json").getInputStream()) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<DemoArticle>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Actor demoActor(String username) {
        return new Actor(Actor.Type.USER, username, null, null, null, Set.of(), DataScope.all());
    }
}
