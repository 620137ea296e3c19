package org.kefu.knowledge;

/**
 * Classifies a customer's or agent's text into the knowledge base's intents with the current model.
 * Never fails for want of a model: without one every text is out of scope.
 */
public interface IntentClassifier {

    IntentPrediction classify(String text, Language language);
}
