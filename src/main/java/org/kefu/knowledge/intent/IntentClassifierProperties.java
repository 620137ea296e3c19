package org.kefu.knowledge.intent;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The classifier's knobs ({@code kefu.knowledge.intent.*}).
 *
 * @param confidenceThreshold below it the question is out of scope; null uses the threshold tuned on the
 *                            held-out split when the model was trained
 * @param ambiguityMargin     the best two closer than this are ambiguous
 * @param retrainDelay        how long after the last {@code IntentsChanged} the model is retrained, so a
 *                            burst of publications trains once
 * @param trainAtStartup      train at start-up when no model is stored and there are utterances
 * @param retrainOnChange     retrain when the intents change (else only on request)
 * @param modelPollInterval   how often a node looks for a newer model trained by another node (and beats the
 *                            heart of its own run)
 * @param staleTrainingAfter  a run with no progress nor heartbeat for this long is taken for one whose node
 *                            stopped, and failed
 */
@ConfigurationProperties("kefu.knowledge.intent")
record IntentClassifierProperties(Double confidenceThreshold, Double ambiguityMargin, Duration retrainDelay,
                                  Boolean trainAtStartup, Boolean retrainOnChange, Duration modelPollInterval,
                                  Duration staleTrainingAfter) {

    static final double DEFAULT_MARGIN = 0.15;

    IntentClassifierProperties {
        ambiguityMargin = ambiguityMargin == null ? DEFAULT_MARGIN : ambiguityMargin;
        retrainDelay = retrainDelay == null ? Duration.ofSeconds(30) : retrainDelay;
        trainAtStartup = trainAtStartup == null || trainAtStartup;
        retrainOnChange = retrainOnChange == null || retrainOnChange;
        modelPollInterval = modelPollInterval == null ? Duration.ofSeconds(10) : modelPollInterval;
        staleTrainingAfter = staleTrainingAfter == null ? Duration.ofMinutes(10) : staleTrainingAfter;
    }
}
