package org.kefu.knowledge.assistant;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.kefu.knowledge.Language;

/**
 * One customer's conversation with the assistant: the step it is at and the slots of the flow under way
 * (card digits, mobile, case number, the two intents offered). Mutable while a turn runs; stored after it.
 */
final class Conversation {

    private final UUID id;
    private final String owner;
    private final String channel;
    private final Instant startedAt;
    private Language language;
    private Step step;
    private final Map<String, String> slots;
    private int failures;
    private String caseNumber;

    Conversation(UUID id, String owner, String channel, Language language, Step step, Map<String, String> slots,
                 int failures, String caseNumber, Instant startedAt) {
        this.id = id;
        this.owner = owner;
        this.channel = channel;
        this.language = language;
        this.step = step;
        this.slots = new HashMap<>(slots);
        this.failures = failures;
        this.caseNumber = caseNumber;
        this.startedAt = startedAt;
    }

    static Conversation start(String owner, String channel, Language language, Instant now) {
        return new Conversation(UUID.randomUUID(), owner, channel, language, Step.OPEN, Map.of(), 0, null, now);
    }

    /** Moves to {@code next}, keeping the slots: the flow continues. */
    void moveTo(Step next) {
        step = next;
    }

    /** Back to free questions: the flow's slots are forgotten (card digits, mobile are not kept longer than needed). */
    void reset() {
        step = Step.OPEN;
        slots.clear();
        failures = 0;
    }

    void handedOff(String number) {
        step = Step.HANDED_OFF;
        slots.clear();
        caseNumber = number;
    }

    int failed() {
        return ++failures;
    }

    void put(String slot, String value) {
        slots.put(slot, value);
    }

    void forget(String slot) {
        slots.remove(slot);
    }

    String slot(String slot) {
        return slots.get(slot);
    }

    UUID id() { return id; }
    String owner() { return owner; }
    String channel() { return channel; }
    Language language() { return language; }
    void language(Language language) { this.language = language; }
    Step step() { return step; }
    Map<String, String> slots() { return Map.copyOf(slots); }
    int failures() { return failures; }
    String caseNumber() { return caseNumber; }
    Instant startedAt() { return startedAt; }
    boolean isHandedOff() { return step == Step.HANDED_OFF; }
}
