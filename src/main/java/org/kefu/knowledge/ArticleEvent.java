package org.kefu.knowledge;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** What the audit trail records of an article's life: the step, the article, the version. */
record ArticleEvent(String action, String entityId, Map<String, Object> summary, String reason)
        implements AuditableEvent {

    static ArticleEvent of(String step, Article article, Map<String, Object> extra) {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("slug", article.slug());
        summary.put("language", article.language().name());
        summary.putAll(extra);
        return new ArticleEvent("knowledge.article." + step, String.valueOf(article.id()), Map.copyOf(summary), null);
    }

    ArticleEvent because(String why) {
        return new ArticleEvent(action, entityId, summary, why);
    }

    @Override
    public String entityType() {
        return "knowledge-article";
    }
}
