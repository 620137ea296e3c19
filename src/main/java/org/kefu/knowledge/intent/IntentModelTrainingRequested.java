package org.kefu.knowledge.intent;

import java.util.Map;
import org.kefu.platform.AuditableEvent;

/** Someone (or Kefu, when intents changed) asked for the classifier to be retrained. */
record IntentModelTrainingRequested(long id, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "knowledge.intent-model.training-requested";
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
        return Map.of("reason", reason);
    }
}
