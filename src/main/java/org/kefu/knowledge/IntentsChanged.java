package org.kefu.knowledge;

/** The published intents or their utterances changed (an article published, retired or expired with them). */
public record IntentsChanged(String reason) {
}
