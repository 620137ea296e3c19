package org.kefu.knowledge;

/**
 * One search: words (blank: every article that passes the filters), the reader, and optional filters.
 *
 * @param language null: both languages
 * @param channel  null: every article the audience may see; else only articles shown there
 * @param category null: every category
 */
public record SearchRequest(String query, Language language, Audience audience, ArticleAudience channel,
                            String category, int page, int size) {

    public SearchRequest {
        query = query == null ? "" : query.strip();
        category = category == null || category.isBlank() ? null : category.strip();
    }
}
