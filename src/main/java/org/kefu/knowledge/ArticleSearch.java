package org.kefu.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** {@link KnowledgeSearch} over the index: only served, in-force articles the audience may see. */
@Service
public class ArticleSearch implements KnowledgeSearch {

    public static final int MAX_QUERY = 200;
    /** The deepest hit a page may reach: nobody reads past it, and it bounds what one request makes Lucene rank. */
    public static final int MAX_HITS = 10_000;

    private final ArticleIndex index;
    private final Clock clock;

    ArticleSearch(ArticleIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /** A page of hits for the search page and API; the query is cut at {@value #MAX_QUERY} characters. */
    public SearchHits search(SearchRequest request) {
        String query = request.query().length() > MAX_QUERY ? request.query().substring(0, MAX_QUERY) : request.query();
        return index.search(new SearchRequest(query, request.language(), request.audience(), request.channel(),
                request.category(), request.page(), request.size()));
    }

    @Override
    public List<ArticleSummary> search(String query, Language language, Audience audience, int limit) {
        if (query == null || query.isBlank() || limit < 1) {
            return List.of();
        }
        return search(new SearchRequest(query, language, audience, null, null, 0, Math.min(limit, 200))).items();
    }

    @Override
    public Optional<ArticleSummary> forIntent(String intent, Language language, Audience audience) {
        if (intent == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return index.all().stream()
                .filter(a -> intent.equals(a.article().content().intent()))
                .filter(a -> a.article().content().inForce(now) && a.article().content().audience().visibleTo(audience))
                .min(Comparator.comparing((ArticleIndex.IndexedArticle a) -> a.article().language() != language)
                        .thenComparing(a -> a.article().id()))
                .map(Highlights::plain);
    }

    /** A served, in-force article the audience may see, for the article page; empty otherwise. */
    public Optional<ArticleSummary> served(long id, Audience audience) {
        Instant now = clock.instant();
        return index.article(id)
                .filter(a -> a.article().content().inForce(now) && a.article().content().audience().visibleTo(audience))
                .map(Highlights::plain);
    }

    public Optional<ServedArticle> servedArticle(long id, Audience audience) {
        Instant now = clock.instant();
        return index.article(id).map(ArticleIndex.IndexedArticle::article)
                .filter(a -> a.content().inForce(now) && a.content().audience().visibleTo(audience));
    }
}
