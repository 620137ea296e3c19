package org.kefu.knowledge.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kefu.knowledge.Language;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;

/**
 * A customer's message as sent by the widget or a channel system. {@code language} is {@code zh} or
 * {@code en} (or a tag like {@code zh-CN}); absent, the conversation keeps its own.
 */
record MessageRequest(String conversationId, String text, String language) {

    static final int MAX_TEXT = 1000;

    /** Checks every field at once, so the answer names all that are wrong. */
    Optional<Language> validate() {
        List<FieldViolation> violations = new ArrayList<>();
        checkText(text, violations);
        Optional<Language> parsed = language == null ? Optional.empty() : Language.parse(language);
        if (language != null && parsed.isEmpty()) {
            violations.add(new FieldViolation("language", "invalid", "assistant.field.language"));
        }
        if (conversationId != null && (conversationId.isBlank() || conversationId.length() > 64)) {
            violations.add(new FieldViolation("conversationId", "invalid", "field.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return parsed;
    }

    static void checkText(String text, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new FieldViolation("text", "required", "field.required"));
        } else if (text.strip().length() > MAX_TEXT) {
            violations.add(new FieldViolation("text", "too-long", "assistant.field.text-size"));
        }
    }

    /** A text and a language for {@code classify}. */
    record Classify(String text, String language) {
        Optional<Language> validate() {
            return new MessageRequest(null, text, language).validate();
        }
    }

    /** A thumbs up ({@code true}) or down on a reply. */
    record Rating(Boolean helpful) {
        boolean validate() {
            if (helpful == null) {
                throw new InvalidInputException("helpful", "required", "field.required");
            }
            return helpful;
        }
    }
}
