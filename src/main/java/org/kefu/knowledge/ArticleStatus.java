package org.kefu.knowledge;

/**
 * Where an article's working copy stands. A published article that is edited again goes back to
 * {@link #DRAFT} while its last approved version keeps being served until the new one is approved.
 */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, PUBLISHED, RETIRED
}
