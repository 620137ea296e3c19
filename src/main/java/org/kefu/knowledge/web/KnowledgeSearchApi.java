package org.kefu.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kefu.knowledge.ArticleAudience;
import org.kefu.knowledge.ArticleSearch;
import org.kefu.knowledge.ArticleSummary;
import org.kefu.knowledge.Audience;
import org.kefu.knowledge.Language;
import org.kefu.knowledge.SearchHits;
import org.kefu.knowledge.SearchRequest;
import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full-text search of the published knowledge base. Staff see internal articles too; a channel system
 * (API key) serves customers, so it gets customer articles only, whatever it asks for.
 */
@RestController
@Tag(name = "Knowledge", description = "Knowledge base search and articles (knowledge.read, knowledge.edit, knowledge.approve)")
class KnowledgeSearchApi {

    private final ArticleSearch search;
    private final CurrentActor actor;

    KnowledgeSearchApi(ArticleSearch search, CurrentActor actor) {
        this.search = search;
        this.actor = actor;
    }

    @GetMapping("/api/v1/knowledge/search")
    @Operation(summary = "Published, in-force articles matching q (blank: all), best first, with highlighted extracts;"
            + " lang zh|en, channel internal|customers, category")
    PageResult<ArticleSummary> search(@RequestParam(defaultValue = "") String q,
                                      @RequestParam(required = false) String lang,
                                      @RequestParam(required = false) String category,
                                      @RequestParam(required = false) String channel,
                                      @PageDefaults(sortable = {"relevance"}, sort = "relevance,desc", size = 10)
                                      PageQuery page) {
        SearchHits hits = search.search(request(q, lang, category, channel, audienceOf(actor.get()), page.page(),
                page.size()));
        return PageResult.of(hits.items(), page, hits.totalItems());
    }

    static SearchRequest request(String q, String lang, String category, String channel, Audience audience,
                                 int page, int size) {
        if ((long) (page + 1) * size > ArticleSearch.MAX_HITS) {
            throw new InvalidInputException("page", "out-of-range", "knowledge.search.page-too-far");
        }
        if (q.length() > ArticleSearch.MAX_QUERY) {
            throw new InvalidInputException("q", "too-long", "knowledge.search.too-long");
        }
        Language language = null;
        if (lang != null && !lang.isBlank()) {
            language = Language.parse(lang).orElseThrow(() -> new InvalidInputException("lang", "invalid",
                    "knowledge.search.lang"));
        }
        ArticleAudience shownOn = null;
        if (channel != null && !channel.isBlank()) {
            shownOn = switch (channel.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "internal" -> ArticleAudience.INTERNAL;
                case "customers", "customer" -> ArticleAudience.CUSTOMERS;
                default -> throw new InvalidInputException("channel", "invalid", "knowledge.search.channel");
            };
        }
        return new SearchRequest(q, language, audience, shownOn, category, page, size);
    }

    static Audience audienceOf(Actor actor) {
        return actor.type() == Actor.Type.USER ? Audience.STAFF : Audience.CUSTOMER;
    }
}
