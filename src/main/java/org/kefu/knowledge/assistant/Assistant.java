package org.kefu.knowledge.assistant;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.kefu.knowledge.Language;
import org.kefu.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a turn of a conversation and keeps the record: the conversation is found (only its owner's, only
 * while it is going) or started, the customer's message and the reply are added to the transcript masked,
 * and the step reached is stored with the flow's slots encrypted. Texts are never logged.
 */
@Service
class Assistant {

    /** Who talks: {@code owner} ties the conversation to them; {@code channel} is portal or api. */
    record Caller(String owner, String channel, String address) {
    }

    private static final int IDLE_SLOTS_BATCH = 100;

    private final ConversationStore store;
    private final Dialogue dialogue;
    private final AssistantTexts texts;
    private final AssistantMetrics metrics;
    private final AssistantProperties properties;
    private final Clock clock;

    Assistant(ConversationStore store, Dialogue dialogue, AssistantTexts texts, AssistantMetrics metrics,
              AssistantProperties properties, Clock clock) {
        this.store = store;
        this.dialogue = dialogue;
        this.texts = texts;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param conversationId null starts a conversation; an unknown, foreign, expired or handed-off one is 404
     * @param language       null keeps the conversation's (a new one takes {@code fallback})
     */
    @Transactional
    AssistantReply converse(Caller caller, String conversationId, String text, Language language, Language fallback) {
        Instant now = clock.instant();
        Conversation c;
        if (conversationId == null) {
            // Personal data of abandoned flows is not kept longer than the conversation could go on. A bounded
            // batch, skipping rows other starts are clearing, so concurrent starts never wait for each other.
            store.forgetIdleSlots(now.minus(properties.idleTimeout()), IDLE_SLOTS_BATCH);
            c = Conversation.start(caller.owner(), caller.channel(), language != null ? language : fallback, now);
            store.insert(c, now);
            metrics.started();
        } else {
            c = parse(conversationId).flatMap(id -> store.active(id, caller.owner(),
                    now.minus(properties.idleTimeout())))
                    .orElseThrow(() -> new NotFoundException("conversation", conversationId));
            if (language != null) {
                c.language(language);
            }
        }
        store.add(c.id(), now, "customer", TranscriptMask.mask(text), null);
        Language lang = c.language();
        Turn turn = dialogue.respond(c, text, () -> store.transcript(c.id(), texts.say(lang, "assistant.customer"),
                texts.say(lang, "assistant.name")), caller.address());
        String said = turn.answer() == null ? turn.reply() : turn.reply() + " [" + turn.answer().title() + "]";
        long messageId = store.add(c.id(), now, "assistant", TranscriptMask.mask(said), turn);
        store.update(c, now, turn);
        metrics.replied(turn);
        return new AssistantReply(c.id().toString(), messageId, turn.reply(), AssistantReply.Article.of(turn.answer()),
                turn.options(), turn.intent(), turn.confidence(),
                turn.suggestions().stream().map(AssistantReply.Article::of).toList(), turn.handOff(),
                turn.caseNumber(), ConversationStore.code(lang), c.isHandedOff());
    }

    /** A customer's thumbs up or down on one of the assistant's replies in their own conversation. */
    @Transactional
    void rate(Caller caller, long messageId, boolean helpful) {
        if (!store.rate(messageId, caller.owner(), helpful, clock.instant())) {
            throw new NotFoundException("message", messageId);
        }
        metrics.rated(helpful);
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return java.util.Optional.empty();
        }
    }
}
