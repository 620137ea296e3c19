package org.kefu.knowledge.web;

import java.time.Instant;
import java.util.List;

import org.kefu.knowledge.Article;
import org.kefu.knowledge.ArticleAudience;
import org.kefu.knowledge.ArticleContent;
import org.kefu.knowledge.ArticleStatus;
import org.kefu.knowledge.Articles;
import org.kefu.knowledge.Language;

/**
 * An article's working copy as editors see it, with its body rendered to safe HTML and the steps possible
 * now ({@code version} is what the next change must name).
 */
record ArticleView(long id, String slug, Language language, String owner, ArticleStatus status, int version,
                   Integer servedVersion, String title, String body, String html, String category, List<String> tags,
                   List<String> products, ArticleAudience audience, Instant effectiveFrom, Instant expiresAt,
                   String intent, List<String> utterancesZh, List<String> utterancesEn, String createdBy,
                   Instant createdAt, String editedBy, Instant updatedAt, String submittedBy, String reviewComment,
                   List<String> allowed) {

    static ArticleView of(Article a, String html) {
        ArticleContent c = a.content();
        return new ArticleView(a.id(), a.slug(), a.language(), a.owner(), a.status(), a.rowVersion(), a.servedVersion(),
                c.title(), c.body(), html, c.category(), c.tags(), c.products(), c.audience(), c.effectiveFrom(),
                c.expiresAt(), c.intent(), c.utterancesZh(), c.utterancesEn(), a.createdBy(), a.createdAt(),
                a.editedBy(), a.updatedAt(), a.submittedBy(), a.reviewComment(), Articles.allowed(a));
    }
}
