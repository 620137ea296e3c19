package org.kefu.knowledge.assistant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kefu.knowledge.Language;
import org.kefu.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations and their transcripts in PostgreSQL. Slots are encrypted (they hold card digits and
 * mobiles while a flow runs); message texts arrive masked ({@link TranscriptMask}).
 */
@Repository
class ConversationStore {

    static final String SLOTS_FIELD = "knowledge_assistant_conversation.slots";
    private static final TypeReference<Map<String, String>> SLOTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JsonMapper json;

    ConversationStore(JdbcClient jdbc, FieldCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    /** The owner's conversation if it is still going (not handed off, written in since {@code idleSince}), locked. */
    Optional<Conversation> active(UUID id, String owner, Instant idleSince) {
        return jdbc.sql("select * from knowledge_assistant_conversation where id = ? and owner = ?"
                        + " and ended_at is null and last_at > ? for update")
                .params(id, owner, Timestamp.from(idleSince)).query(this::conversation).optional();
    }

    /**
     * Forgets the flow slots of up to {@code batch} conversations idle since before {@code idleSince}: they can
     * never be continued. Rows another transaction holds (another start cleaning the same ones) are skipped,
     * not waited for — starts must not queue on each other — and are cleared by a later start.
     */
    int forgetIdleSlots(Instant idleSince, int batch) {
        return jdbc.sql("update knowledge_assistant_conversation set slots_enc = null where id in ("
                        + " select id from knowledge_assistant_conversation where slots_enc is not null and last_at <= ?"
                        + " order by last_at limit ? for update skip locked)")
                .params(Timestamp.from(idleSince), batch).update();
    }

    void insert(Conversation c, Instant now) {
        jdbc.sql("insert into knowledge_assistant_conversation (id, owner, channel, language, step, slots_enc,"
                        + " failures, started_at, last_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.owner(), c.channel(), code(c.language()), c.step().name(), slots(c), c.failures(),
                        Timestamp.from(c.startedAt()), Timestamp.from(now)).update();
    }

    /** Stores the step reached; {@code turn}'s kind becomes the outcome unless it was a mere courtesy. */
    void update(Conversation c, Instant now, Turn turn) {
        jdbc.sql("update knowledge_assistant_conversation set language = ?, step = ?, slots_enc = ?, failures = ?,"
                        + " handed_off = ?, case_number = coalesce(?, case_number), last_at = ?,"
                        + " ended_at = case when ?::boolean then ?::timestamptz end, outcome = coalesce(?, outcome)"
                        + " where id = ?")
                .params(code(c.language()), c.step().name(), slots(c), c.failures(), c.isHandedOff(), c.caseNumber(),
                        Timestamp.from(now), c.isHandedOff(), Timestamp.from(now), outcome(turn), c.id()).update();
    }

    /** A thank-you after an answer leaves the conversation answered. */
    static String outcome(Turn turn) {
        return turn.kind() == Turn.Kind.COURTESY ? null : turn.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    long add(UUID conversation, Instant at, String author, String maskedText, Turn turn) {
        return jdbc.sql("insert into knowledge_assistant_message (conversation_id, at, author, text, kind, intent,"
                        + " confidence, article_id) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(conversation, Timestamp.from(at), author, maskedText,
                        turn == null ? null : turn.kind().name().toLowerCase(java.util.Locale.ROOT),
                        turn == null ? null : turn.intent(), turn == null ? null : turn.confidence(),
                        turn == null || turn.answer() == null ? null : turn.answer().id())
                .query(Long.class).single();
    }

    /** The transcript so far, one line per message, with the speakers named in {@code customer}/{@code assistant}. */
    String transcript(UUID conversation, String customer, String assistant) {
        List<String> lines = jdbc.sql("select author, text from knowledge_assistant_message where conversation_id = ?"
                        + " order by id")
                .param(conversation)
                .query((rs, n) -> ("customer".equals(rs.getString(1)) ? customer : assistant) + ": " + rs.getString(2))
                .list();
        return String.join("\n", lines);
    }

    /** Rates one of the assistant's replies in a conversation of {@code owner}; false when there is none such. */
    boolean rate(long messageId, String owner, boolean helpful, Instant now) {
        return jdbc.sql("update knowledge_assistant_message m set helpful = ?, rated_at = ? from"
                        + " knowledge_assistant_conversation c where m.id = ? and m.author = 'assistant'"
                        + " and c.id = m.conversation_id and c.owner = ?")
                .params(helpful, Timestamp.from(now), messageId, owner).update() == 1;
    }

    private Conversation conversation(ResultSet rs, int n) throws SQLException {
        String slots = rs.getString("slots_enc");
        return new Conversation(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getString("channel"),
                Language.parse(rs.getString("language")).orElse(Language.ZH), Step.valueOf(rs.getString("step")),
                slots == null ? Map.of() : json.readValue(cipher.decrypt(SLOTS_FIELD, slots), SLOTS),
                rs.getInt("failures"), rs.getString("case_number"), rs.getTimestamp("started_at").toInstant());
    }

    private String slots(Conversation c) {
        Map<String, String> slots = c.slots();
        return slots.isEmpty() ? null : cipher.encrypt(SLOTS_FIELD, json.writeValueAsString(slots));
    }

    static String code(Language language) {
        return language == Language.EN ? "en" : "zh";
    }
}
