package org.kefu.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The life of an article: written (draft), submitted (in review), approved by someone else (published as a
 * new version), sent back, retired. Every step names the row version it was made on (409 when someone
 * changed the article meanwhile or the step is not possible now) and is audited. Articles are bank-wide:
 * who may do what is decided by permissions alone (see {@code KnowledgeWebConfiguration}).
 */
@Service
public class Articles {

    public record NewArticle(String slug, Language language, String owner, ArticleContent content) {
    }

    private final ArticleStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Articles(ArticleStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public Article get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("article", id));
    }

    public List<ArticleVersion> versions(long id) {
        get(id);
        return store.versions(id);
    }

    public PageResult<Article> list(ArticleStatus status, String owner, PageQuery page) {
        return store.list(status, owner, page);
    }

    @Transactional
    public Article create(NewArticle article, Actor actor) {
        ArticleContent content = tidy(article.content());
        String owner = article.owner() == null || article.owner().isBlank() ? actor.id() : article.owner().strip();
        ArticleRules.checkNew(article.slug(), article.language(), owner, content);
        if (store.slugTaken(article.slug())) {
            throw new InvalidInputException("slug", "taken", "knowledge.field.slug-taken");
        }
        long id = store.insert(article.slug(), article.language(), owner, content, actor.id());
        Article created = get(id);
        events.publishEvent(ArticleEvent.of("created", created, Map.of("category", content.category())));
        return created;
    }

    @Transactional
    public Article update(long id, int rowVersion, String owner, ArticleContent content, Actor actor) {
        ArticleContent tidy = tidy(content);
        Article current = locked(id, rowVersion);
        String newOwner = owner == null || owner.isBlank() ? current.owner() : owner.strip();
        ArticleRules.check(newOwner, tidy);
        store.updateContent(id, rowVersion, newOwner, tidy, actor.id());
        Article updated = get(id);
        events.publishEvent(ArticleEvent.of("updated", updated, Map.of("from", current.status().name())));
        return updated;
    }

    @Transactional
    public Article submit(long id, int rowVersion, Actor actor) {
        Article article = inStatus(locked(id, rowVersion), ArticleStatus.DRAFT);
        store.moveTo(id, rowVersion, ArticleStatus.IN_REVIEW, article.servedVersion(), actor.id(), null);
        return after("submitted", id, Map.of());
    }

    /** Everyone who changed the working copy since its last publication: none of them may approve it. */
    public List<String> editors(long id) {
        return store.editors(id);
    }

    /**
     * Publishes the working copy as a new version; the checker must be none of the people who changed it since
     * the last publication, nor its submitter (the last writer alone is not enough: A writes, B changes a
     * character and submits, A would approve A's words).
     */
    @Transactional
    public Article approve(long id, int rowVersion, Actor actor) {
        Article article = inStatus(locked(id, rowVersion), ArticleStatus.IN_REVIEW);
        List<String> editors = store.editors(id);
        if (editors.contains(actor.id()) || actor.id().equals(article.editedBy())
                || actor.id().equals(article.submittedBy())) {
            throw new MakerCannotCheck();
        }
        String intent = article.content().intent();
        if (intent != null) {
            // Two approvals of the same intent at the same moment would each see the other not yet published:
            // the second waits here until the first commits, and its check below then sees it.
            store.lockIntent(article.language(), intent);
        }
        if (intent != null && store.served().stream().anyMatch(s -> s.id() != id
                && s.language() == article.language() && intent.equals(s.content().intent()))) {
            throw new ConflictException("knowledge.intent.taken", intent).with("intent", intent);
        }
        Instant now = clock.instant();
        String previousIntent = servedIntent(article);
        int versionNo = store.lastVersionNo(id) + 1;
        store.insertVersion(article, versionNo, editors, actor.id(), now);
        store.moveTo(id, rowVersion, ArticleStatus.PUBLISHED, versionNo, article.submittedBy(), null);
        Article published = after("published", id, Map.of("version", versionNo));
        served(id, previousIntent != null || intent != null, "published");
        return published;
    }

    @Transactional
    public Article sendBack(long id, int rowVersion, String comment, Actor actor) {
        if (comment == null || comment.isBlank() || comment.length() > 1000) {
            throw new InvalidInputException("comment", "required", "knowledge.field.comment");
        }
        inStatus(locked(id, rowVersion), ArticleStatus.IN_REVIEW);
        store.moveTo(id, rowVersion, ArticleStatus.DRAFT, get(id).servedVersion(), null, comment.strip());
        return after("sent-back", id, Map.of());
    }

    /** Takes the article off every channel at once; its versions stay as history. */
    @Transactional
    public Article retire(long id, int rowVersion, String reason, Actor actor) {
        Article article = locked(id, rowVersion);
        if (article.status() == ArticleStatus.RETIRED || article.servedVersion() == null) {
            throw notPossible(article);
        }
        String previousIntent = servedIntent(article);
        store.markRetired(id, article.servedVersion(), actor.id(), clock.instant());
        store.moveTo(id, rowVersion, ArticleStatus.RETIRED, null, null, null);
        Article retired = get(id);
        events.publishEvent(ArticleEvent.of("retired", retired, Map.of("version", article.servedVersion()))
                .because(reason));
        served(id, previousIntent != null, "retired");
        return retired;
    }

    private void served(long id, boolean intentsChanged, String why) {
        events.publishEvent(new ServedArticleChanged(id));
        if (intentsChanged && firstInTransaction()) {
            events.publishEvent(new IntentsChanged("article " + id + " " + why));
        }
    }

    /**
     * Listeners learn of a change after commit, so one announcement per transaction says it all: publishing
     * the demo knowledge base in one transaction must not make the classifier retrain 56 times.
     */
    private static boolean firstInTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return true;
        }
        if (TransactionSynchronizationManager.hasResource(IntentsChanged.class)) {
            return false;
        }
        TransactionSynchronizationManager.bindResource(IntentsChanged.class, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(IntentsChanged.class);
            }
        });
        return true;
    }

    private String servedIntent(Article article) {
        return article.servedVersion() == null ? null
                : store.served(article.id()).map(s -> s.content().intent()).orElse(null);
    }

    private Article after(String step, long id, Map<String, Object> extra) {
        Article article = get(id);
        events.publishEvent(ArticleEvent.of(step, article, extra));
        return article;
    }

    private Article locked(long id, int rowVersion) {
        Article article = store.findForUpdate(id).orElseThrow(() -> new NotFoundException("article", id));
        if (article.rowVersion() != rowVersion) {
            throw new ConflictException("knowledge.article.changed").with("currentVersion", article.rowVersion());
        }
        return article;
    }

    private static Article inStatus(Article article, ArticleStatus expected) {
        if (article.status() != expected) {
            throw notPossible(article);
        }
        return article;
    }

    private static ConflictException notPossible(Article article) {
        return new ConflictException("knowledge.transition.not-allowed", article.status().name())
                .with("status", article.status().name()).with("allowed", allowed(article));
    }

    /** The steps possible from the article's state, for the 409 body and the editor's buttons. */
    public static List<String> allowed(Article article) {
        List<String> steps = new java.util.ArrayList<>(List.of("update"));
        switch (article.status()) {
            case DRAFT -> steps.add("submit");
            case IN_REVIEW -> steps.addAll(List.of("approve", "send-back"));
            default -> { }
        }
        if (article.status() != ArticleStatus.RETIRED && article.servedVersion() != null) {
            steps.add("retire");
        }
        return steps;
    }

    private static ArticleContent tidy(ArticleContent c) {
        if (c == null) {
            throw new InvalidInputException("content", "required", "field.required");
        }
        return new ArticleContent(strip(c.title()), c.body(), strip(c.category()), stripAll(c.tags()),
                stripAll(c.products()), c.audience(), c.effectiveFrom(), c.expiresAt(),
                c.intent() == null || c.intent().isBlank() ? null : c.intent().strip(),
                stripAll(c.utterancesZh()), stripAll(c.utterancesEn()));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static List<String> stripAll(List<String> values) {
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
