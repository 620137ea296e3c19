package org.kefu.knowledge;

/** Where an article may be shown: to staff only, or also to customers (portal, app, assistant). */
public enum ArticleAudience {
    INTERNAL, CUSTOMERS;

    /** Whether a reader of {@code audience} may see an article shown here. */
    public boolean visibleTo(Audience audience) {
        return this == CUSTOMERS || audience == Audience.STAFF;
    }
}
