package org.kefu.knowledge;

import java.time.Instant;

/**
 * An article with its working copy. {@code servedVersion} is the approved version readers get (null: none,
 * or retired); {@code rowVersion} guards against two editors overwriting each other.
 */
public record Article(long id, String slug, Language language, String owner, ArticleStatus status, int rowVersion,
                      Integer servedVersion, ArticleContent content, String createdBy, Instant createdAt,
                      String editedBy, Instant updatedAt, String submittedBy, String reviewComment) {
}
