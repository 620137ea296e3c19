package org.kefu.knowledge;

/** An article's served version changed (published or retired): the search index follows after commit. */
public record ServedArticleChanged(long articleId) {
}
