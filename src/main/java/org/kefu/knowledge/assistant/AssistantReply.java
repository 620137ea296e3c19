package org.kefu.knowledge.assistant;

import java.util.List;

import org.kefu.knowledge.ArticleSummary;

/**
 * What {@code POST …/assistant/messages} answers.
 *
 * @param messageId   the reply's id, to rate it ({@code …/messages/{id}/rating})
 * @param reply       what the assistant says (plain text)
 * @param answer      the article that answers, its body as safe HTML; null when none
 * @param options     quick replies the customer may send as they are
 * @param handOff     a human is offered (or the conversation was handed to one: then {@code caseNumber})
 * @param caseNumber  the case this message opened (lost card, hand-off), else null
 */
record AssistantReply(String conversationId, long messageId, String reply, Article answer, List<String> options,
                      String intent, double confidence, List<Article> suggestions, boolean handOff,
                      String caseNumber, String language, boolean conversationOver) {

    /** An article as the widget shows it: title, and its body to expand. */
    record Article(long id, String slug, String title, String html) {
        static Article of(ArticleSummary a) {
            return a == null ? null : new Article(a.id(), a.slug(), a.title(), a.answer());
        }
    }
}
