package org.kefu.knowledge;

import java.time.Instant;

/** One publication of an article: the approved content, who wrote, submitted and approved it, and its end. */
public record ArticleVersion(long articleId, int versionNo, ArticleContent content, String editedBy,
                             String submittedBy, String approvedBy, Instant approvedAt, String retiredBy,
                             Instant retiredAt) {
}
