package org.kefu.knowledge.assistant;

import org.kefu.knowledge.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the assistant says, from {@code i18n/assistant*.properties}, in the conversation's language. */
@Component
class AssistantTexts {

    private final MessageSource messages;

    AssistantTexts(MessageSource messages) {
        this.messages = messages;
    }

    String say(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    /** A case status in plain words; the bare name if a new status has no words yet. */
    String status(Language language, String status) {
        return messages.getMessage("assistant.status." + status, null, status, language.locale());
    }
}
