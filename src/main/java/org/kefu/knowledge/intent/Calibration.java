package org.kefu.knowledge.intent;

import java.util.Arrays;
import java.util.List;
import org.kefu.knowledge.intent.IntentTrainer.Example;

/**
 * Calibration on the held-out utterances: the softmax temperature that makes confidences honest
 * (least negative log-likelihood), and the lowest confidence threshold at which the answers given would
 * still be right at the target precision — below it, the assistant hands off.
 */
record Calibration(double temperature, double threshold, double accuracy) {

    private static final double MIN_TEMPERATURE = 0.02;
    private static final double MAX_TEMPERATURE = 5.0;

    static Calibration fit(IntentModel model, List<Example> heldOut, IntentTrainer.Settings settings) {
        double[][] scores = new double[heldOut.size()][];
        int[] truth = new int[heldOut.size()];
        int correct = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            Example e = heldOut.get(i);
            scores[i] = model.scores(model.vocabulary().vectorize(e.terms()), e.embedding(), e.language());
            truth[i] = e.intent();
            if (argmax(scores[i]) == truth[i]) {
                correct++;
            }
        }
        double temperature = temperature(scores, truth);
        double threshold = threshold(scores, truth, temperature, settings);
        return new Calibration(temperature, threshold, (double) correct / heldOut.size());
    }

    /** Golden-section search of the log-temperature; the likelihood is unimodal in it. */
    static double temperature(double[][] scores, int[] truth) {
        double lo = Math.log(MIN_TEMPERATURE);
        double hi = Math.log(MAX_TEMPERATURE);
        double ratio = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 60; i++) {
            double a = hi - ratio * (hi - lo);
            double b = lo + ratio * (hi - lo);
            if (negativeLogLikelihood(scores, truth, Math.exp(a)) < negativeLogLikelihood(scores, truth, Math.exp(b))) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    static double negativeLogLikelihood(double[][] scores, int[] truth, double temperature) {
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            sum -= Math.log(Math.max(1e-12, IntentModel.confidences(scores[i], temperature)[truth[i]]));
        }
        return sum;
    }

    /**
     * The smallest threshold whose accepted answers reach the target precision, never below the configured
     * minimum: with few held-out utterances (a young knowledge base) everything looks right, and the minimum
     * is what still turns away a question about something else.
     */
    static double threshold(double[][] scores, int[] truth, double temperature, IntentTrainer.Settings settings) {
        int n = scores.length;
        double[] confidence = new double[n];
        boolean[] right = new boolean[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            double[] p = IntentModel.confidences(scores[i], temperature);
            int top = argmax(p);
            confidence[i] = p[top];
            right[i] = top == truth[i];
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(confidence[y], confidence[x]));
        int accepted = 0; // the most answers, best first, that are still right at the target precision
        int correct = 0;
        for (int k = 0; k < n; k++) {
            if (right[order[k]]) {
                correct++;
            }
            if ((double) correct / (k + 1) >= settings.targetPrecision()) {
                accepted = k + 1;
            }
        }
        double threshold = accepted == n ? 0 : accepted == 0 ? 1
                : (confidence[order[accepted - 1]] + confidence[order[accepted]]) / 2;
        return Math.max(settings.minimumThreshold(), Math.min(0.95, threshold));
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
