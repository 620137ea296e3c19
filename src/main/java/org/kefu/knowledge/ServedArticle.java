package org.kefu.knowledge;

/** A served version with its article's fixed facts: what the index and the readers get. */
public record ServedArticle(long id, String slug, Language language, String owner, int versionNo,
                            ArticleContent content) {
}
