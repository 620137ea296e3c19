package org.kefu.knowledge.intent;

import java.util.List;
import org.kefu.knowledge.IntentClassifier;
import org.kefu.knowledge.IntentPrediction;
import org.kefu.knowledge.Language;
import org.kefu.knowledge.ScoredIntent;

/**
 * One trained model answering: embeds the text in its own language, scores every intent, and decides.
 * Ambiguous when the best two are within the margin and together confident enough — the assistant then
 * asks which one is meant, which is safe; otherwise out of scope when the best is below the threshold.
 */
final class ModelClassifier implements IntentClassifier {

    static final int RANKED = 3;

    private final IntentModel model;
    private final SentenceEncoder encoder;
    private final String version;
    private final double threshold;
    private final double margin;

    /** @param threshold the model's tuned threshold unless configured otherwise */
    ModelClassifier(IntentModel model, SentenceEncoder encoder, String version, double threshold, double margin) {
        this.model = model;
        this.encoder = encoder;
        this.version = version;
        this.threshold = threshold;
        this.margin = margin;
    }

    IntentModel model() {
        return model;
    }

    String version() {
        return version;
    }

    @Override
    public IntentPrediction classify(String text, Language language) {
        if (text == null || TextTerms.words(text).isEmpty()) {
            return new IntentPrediction(List.of(), true, false, version);
        }
        Language written = Scripts.languageOf(text, language);
        double[] scores = model.scores(model.vocabulary().vectorize(TextTerms.of(text)),
                encoder.encode(text, written), written);
        List<ScoredIntent> ranked = model.ranked(scores, RANKED);
        double top = ranked.get(0).confidence();
        double second = ranked.size() > 1 ? ranked.get(1).confidence() : 0;
        boolean ambiguous = ranked.size() > 1 && top - second < margin && top + second >= threshold;
        boolean outOfScope = !ambiguous && top < threshold;
        return new IntentPrediction(ranked, outOfScope, ambiguous, version);
    }
}
