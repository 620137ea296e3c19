package org.kefu.knowledge.intent;

import java.nio.file.Path;
import java.util.List;
import org.kefu.knowledge.IntentClassifier;
import org.kefu.knowledge.LabelledUtterance;

/**
 * The product's training outside the application, for the evaluation command: the same
 * {@link IntentTrainer}, settings and encoders as knowledge-base training, with the embeddings remembered
 * in a file so that repeated training runs on one data set skip the slow part (classification never uses it).
 */
public final class OfflineIntentTraining {

    private OfflineIntentTraining() {
    }

    /** A trained classifier and what training said about it. */
    public record Trained(IntentClassifier classifier, double heldOutAccuracy, double threshold, double temperature,
                          int modelBytes, int features) {
    }

    public static Trained train(List<LabelledUtterance> utterances, Path embeddingCache) {
        IntentTrainer.Settings d = IntentTrainer.Settings.defaults();
        return train(utterances, embeddingCache, d.cost(), d.denseWeight(), IntentClassifierProperties.DEFAULT_MARGIN);
    }

    /** With other hyper-parameters, for tuning on a validation split. */
    public static Trained train(List<LabelledUtterance> utterances, Path embeddingCache, double cost, float denseWeight,
                                double margin) {
        IntentTrainer.Settings d = IntentTrainer.Settings.defaults();
        IntentTrainer.Settings settings = new IntentTrainer.Settings(cost, denseWeight, d.minDocuments(),
                d.heldOutShare(), d.targetPrecision(), d.minimumThreshold(), d.seed());
        OnnxSentenceEncoder onnx = new OnnxSentenceEncoder();
        CachedSentenceEncoder encoder = new CachedSentenceEncoder(onnx, embeddingCache);
        IntentTrainer.Result result = new IntentTrainer(encoder, settings).train(utterances, IntentTrainer.Progress.NONE);
        encoder.save();
        IntentModel model = result.model();
        // Classifying embeds every text afresh, as in the product: the latency measured is the real one.
        ModelClassifier classifier = new ModelClassifier(model, onnx, "offline", model.threshold(), margin);
        return new Trained(classifier, result.heldOutAccuracy(), model.threshold(), model.temperature(),
                IntentModelCodec.toBytes(model).length, model.featureCount());
    }
}
