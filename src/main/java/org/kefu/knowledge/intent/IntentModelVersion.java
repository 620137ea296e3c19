package org.kefu.knowledge.intent;

import java.time.Instant;

/** A training run of the classifier as the admin API lists it (without the model's bytes). */
record IntentModelVersion(long id, String version, String status, String stage, double progress, String requestedBy,
                          String reason, Integer utterances, Integer intents, Double heldOutAccuracy,
                          Integer heldOutSize, Double threshold, Integer modelBytes, String error, Instant createdAt,
                          Instant finishedAt, boolean active) {

    static String versionOf(long id) {
        return "v" + id;
    }
}
