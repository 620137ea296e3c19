package org.kefu.knowledge;

/** An intent with the classifier's calibrated confidence (0..1) that the text means it. */
public record ScoredIntent(String intent, double confidence) {
}
