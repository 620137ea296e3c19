package org.kefu.knowledge.assistant;

import java.util.List;

import org.kefu.knowledge.ArticleSummary;

/**
 * The assistant's answer to one message.
 *
 * @param kind        what sort of reply (answer, clarify, out_of_scope, flow, …) for metrics and the transcript
 * @param reply       what the assistant says, plain text in the conversation's language
 * @param answer      the article answering the question, when there is one
 * @param options     quick replies offered (the two articles of a clarification, yes/no)
 * @param intent      the intent the reply is about, null when none
 * @param confidence  the classifier's confidence in it, 0 when none
 * @param suggestions further articles that may help
 * @param handOff     a human is offered or was asked for
 * @param caseNumber  the case opened by this turn, if any
 */
record Turn(Kind kind, String reply, ArticleSummary answer, List<String> options, String intent, double confidence,
            List<ArticleSummary> suggestions, boolean handOff, String caseNumber) {

    enum Kind { ANSWER, CLARIFY, OUT_OF_SCOPE, FLOW, CASE_OPENED, STATUS, HANDED_OFF, CANCELLED, COURTESY }

    static Turn flow(String reply, String intent) {
        return new Turn(Kind.FLOW, reply, null, List.of(), intent, 0, List.of(), false, null);
    }
}
