package org.kefu.knowledge.intent;

import java.util.List;
import org.kefu.knowledge.Language;

/**
 * The dense half of the features: a sentence embedding of unit length, by a model chosen for the
 * language. {@link #modelName} is stored with a trained model so that a model is never applied to vectors
 * of another encoder.
 */
interface SentenceEncoder {

    String modelName(Language language);

    int dimensions(Language language);

    List<float[]> encode(List<String> texts, Language language);

    default float[] encode(String text, Language language) {
        return encode(List.of(text), language).get(0);
    }
}
