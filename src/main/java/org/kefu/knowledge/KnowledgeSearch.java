package org.kefu.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Searches published, unexpired articles visible to an audience (customers: only articles for customers,
 * on the channel asked about).
 */
public interface KnowledgeSearch {

    /** Best matches first; {@code language} null searches both. */
    List<ArticleSummary> search(String query, Language language, Audience audience, int limit);

    /** The published article that carries {@code intent}, in the language (else the other one). */
    Optional<ArticleSummary> forIntent(String intent, Language language, Audience audience);
}
