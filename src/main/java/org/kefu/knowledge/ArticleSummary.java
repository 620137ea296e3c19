package org.kefu.knowledge;

/**
 * A published article as search results and the assistant show it.
 *
 * @param highlight a short extract with the matched words marked by {@code <mark>} (HTML-escaped otherwise),
 *                  or the start of the body when nothing is highlighted
 * @param answer    the body rendered to safe HTML (no script, no event handlers), for the assistant's reply
 */
public record ArticleSummary(long id, String slug, String title, Language language, String category, String intent,
                             String highlight, String answer, double score) {
}
