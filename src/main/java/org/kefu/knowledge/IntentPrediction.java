package org.kefu.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * What the classifier made of a text.
 *
 * @param ranked       intents by confidence, best first (a few at most)
 * @param outOfScope   the text is not about anything the model knows well enough to answer: hand off
 * @param ambiguous    the best two are too close to choose: ask which one is meant
 * @param modelVersion the model that answered, for the record
 */
public record IntentPrediction(List<ScoredIntent> ranked, boolean outOfScope, boolean ambiguous, String modelVersion) {

    public Optional<ScoredIntent> top() {
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }
}
