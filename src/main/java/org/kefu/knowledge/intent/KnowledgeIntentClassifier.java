package org.kefu.knowledge.intent;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.kefu.knowledge.IntentClassifier;
import org.kefu.knowledge.IntentPrediction;
import org.kefu.knowledge.Language;
import org.springframework.stereotype.Service;

/**
 * The classifier the assistant asks: the newest ready model, swapped in atomically when a training run
 * finishes. Without a model every text is out of scope, so the assistant hands off instead of guessing.
 */
@Service
class KnowledgeIntentClassifier implements IntentClassifier {

    static final String NO_MODEL = "none";

    private final SentenceEncoder encoder;
    private final IntentClassifierProperties properties;
    private final AtomicReference<ModelClassifier> current = new AtomicReference<>();

    KnowledgeIntentClassifier(SentenceEncoder encoder, IntentClassifierProperties properties) {
        this.encoder = encoder;
        this.properties = properties;
    }

    void use(IntentModel model, String version) {
        double threshold = properties.confidenceThreshold() != null ? properties.confidenceThreshold() : model.threshold();
        current.set(new ModelClassifier(model, encoder, version, threshold, properties.ambiguityMargin()));
    }

    String version() {
        ModelClassifier classifier = current.get();
        return classifier == null ? NO_MODEL : classifier.version();
    }

    @Override
    public IntentPrediction classify(String text, Language language) {
        ModelClassifier classifier = current.get();
        if (classifier == null) {
            return new IntentPrediction(List.of(), true, false, NO_MODEL);
        }
        return classifier.classify(text, language);
    }
}
