package org.kefu.knowledge.intent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Intent classifier versions: list them with progress and held-out accuracy, and retrain on demand. */
@RestController
@RequestMapping("/api/v1/knowledge/models")
@Tag(name = "Intent models", description = "The assistant's intent classifier: versions and retraining (knowledge.models.manage)")
class IntentModelsApi {

    private final IntentModelStore store;
    private final IntentTraining training;
    private final KnowledgeIntentClassifier classifier;
    private final CurrentActor actor;

    IntentModelsApi(IntentModelStore store, IntentTraining training, KnowledgeIntentClassifier classifier,
                    CurrentActor actor) {
        this.store = store;
        this.training = training;
        this.classifier = classifier;
        this.actor = actor;
    }

    /** @param active the version answering now ({@code none} before the first model) */
    record Versions(String active, List<IntentModelVersion> versions) {
    }

    /** @param reason why retrain (kept in the version and the audit trail) */
    record RetrainRequest(String reason) {
    }

    @GetMapping
    @Operation(summary = "Versions, newest first, with status, progress and accuracy on the held-out split")
    Versions list(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidInputException("limit", "range", "knowledge.intent.model.limit.range");
        }
        return new Versions(classifier.version(), store.list(limit));
    }

    @GetMapping("/{version}")
    @Operation(summary = "One version (v12 or 12): poll it for progress")
    IntentModelVersion one(@PathVariable String version) {
        return store.find(id(version)).orElseThrow(() -> new NotFoundException("intent-model", version));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Retrain on the published utterances in the background; 409 while a run is going on")
    IntentModelVersion retrain(@RequestBody(required = false) RetrainRequest body) {
        String reason = body == null || body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty()) {
            throw new InvalidInputException("reason", "required", "knowledge.intent.model.reason.required");
        }
        if (reason.length() > 200) {
            throw new InvalidInputException("reason", "size", "knowledge.intent.model.reason.size");
        }
        return training.request(actor.get().id(), reason);
    }

    private static long id(String version) {
        String digits = version.startsWith("v") ? version.substring(1) : version;
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new NotFoundException("intent-model", version);
        }
    }
}
