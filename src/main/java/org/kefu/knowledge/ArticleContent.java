package org.kefu.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * What an author writes: the text (Markdown body), how it is filed and shown, when it applies, and
 * optionally the intent it answers with training utterances in both languages.
 *
 * @param expiresAt null: does not expire
 * @param intent    null: the article answers no intent (it is still searchable)
 */
public record ArticleContent(String title, String body, String category, List<String> tags, List<String> products,
                             ArticleAudience audience, Instant effectiveFrom, Instant expiresAt, String intent,
                             List<String> utterancesZh, List<String> utterancesEn) {

    public ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        products = products == null ? List.of() : List.copyOf(products);
        utterancesZh = utterancesZh == null ? List.of() : List.copyOf(utterancesZh);
        utterancesEn = utterancesEn == null ? List.of() : List.copyOf(utterancesEn);
    }

    /** In force at {@code now}: effective ≤ now < expiry. */
    public boolean inForce(Instant now) {
        return !effectiveFrom.isAfter(now) && (expiresAt == null || now.isBefore(expiresAt));
    }
}
