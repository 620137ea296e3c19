package org.kefu.knowledge.intent;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kefu.platform.AuditableEvent;

/** A training run ended: on success its model is now the one in use; on failure the previous one stays. */
record IntentModelTrained(long id, boolean succeeded, Integer intents, Integer utterances, Double heldOutAccuracy,
                          String error) implements AuditableEvent {

    @Override
    public String action() {
        return succeeded ? "knowledge.intent-model.activated" : "knowledge.intent-model.failed";
    }

    @Override
    public String entityType() {
        return "intent-model";
    }

    @Override
    public String entityId() {
        return IntentModelVersion.versionOf(id);
    }

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        if (intents != null) {
            summary.put("intents", intents);
            summary.put("utterances", utterances);
        }
        if (heldOutAccuracy != null) {
            summary.put("heldOutAccuracy", Math.round(heldOutAccuracy * 10000) / 10000.0);
        }
        if (error != null) {
            summary.put("error", error);
        }
        return summary;
    }
}
