package org.kefu.knowledge.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kefu.knowledge.Language;
import org.kefu.knowledge.ScoredIntent;
import org.kefu.knowledge.intent.TermVocabulary.SparseVector;

/**
 * A trained classifier: one linear scorer per intent over [terms | English embedding | Chinese embedding |
 * bias], and the calibration that turns scores into confidences.
 *
 * <p>Confidences are a softmax at a fitted temperature over the intents' scores plus an implicit "none of
 * them" whose score is the scorers' decision boundary (0): a text that no scorer claims — gibberish, a
 * question about something else — spreads its confidence into "none" instead of being forced onto the
 * least bad intent.
 */
record IntentModel(String[] intents, TermVocabulary vocabulary, String englishEncoder, int englishDimensions,
                   String chineseEncoder, int chineseDimensions, float denseWeight, float[][] weights,
                   double temperature, double threshold) {

    int featureCount() {
        return vocabulary.size() + englishDimensions + chineseDimensions + 1;
    }

    /** Where a language's embedding starts in the feature vector. */
    int denseOffset(Language language) {
        return vocabulary.size() + (language == Language.ZH ? englishDimensions : 0);
    }

    double[] scores(SparseVector terms, float[] embedding, Language language) {
        double[] scores = new double[intents.length];
        int offset = denseOffset(language);
        int bias = featureCount() - 1;
        for (int c = 0; c < intents.length; c++) {
            float[] w = weights[c];
            double s = w[bias];
            for (int k = 0; k < terms.indices().length; k++) {
                s += w[terms.indices()[k]] * terms.values()[k];
            }
            for (int d = 0; d < embedding.length; d++) {
                s += w[offset + d] * embedding[d] * denseWeight;
            }
            scores[c] = s;
        }
        return scores;
    }

    /** Softmax at the model's temperature, with "none of them" at score 0 taking its share. */
    static double[] confidences(double[] scores, double temperature) {
        double max = 0;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double none = Math.exp((0 - max) / temperature);
        double sum = none;
        double[] p = new double[scores.length];
        for (int c = 0; c < scores.length; c++) {
            p[c] = Math.exp((scores[c] - max) / temperature);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    List<ScoredIntent> ranked(double[] scores, int limit) {
        double[] p = confidences(scores, temperature);
        List<ScoredIntent> ranked = new ArrayList<>(p.length);
        for (int c = 0; c < p.length; c++) {
            ranked.add(new ScoredIntent(intents[c], p[c]));
        }
        ranked.sort(Comparator.comparingDouble(ScoredIntent::confidence).reversed());
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }
}
