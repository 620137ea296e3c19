package org.kefu.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kefu.notification.Notification;
import org.kefu.notification.NotificationChannel;
import org.kefu.notification.NotificationTemplate;
import org.kefu.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox table. Writes join the caller's transaction (JdbcClient takes the bound connection), which
 * is what makes a message part of the business change that causes it.
 */
@Repository
public class MessageStore {

    /** Field names bound into the envelopes; never rename them (existing values would become unreadable). */
    public static final String RECIPIENT_FIELD = "notification.recipient";
    public static final String VARIABLES_FIELD = "notification.variables";

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JsonMapper json;

    MessageStore(JdbcClient jdbc, FieldCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    public long insert(Notification n) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into notification_message (channel, recipient, staff_username, template_key, locale,"
                        + " variables, correlation) values (?, ?, ?, ?, ?, ?, ?)")
                .params(n.channel().name(), cipher.encrypt(RECIPIENT_FIELD, n.recipient()),
                        n.channel() == NotificationChannel.IN_APP ? n.recipient() : null, n.template().key(),
                        Notification.languageTag(n.locale()),
                        cipher.encrypt(VARIABLES_FIELD, json.writeValueAsString(n.variables())), n.correlation())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Locks the next due message for the current transaction; messages another dispatcher holds are
     * skipped rather than waited for, so each is sent by exactly one of them.
     */
    public Optional<QueuedMessage> claimNextDue() {
        return jdbc.sql("select id, channel, recipient, template_key, locale, variables, correlation, attempts"
                        + " from notification_message where status = 'QUEUED' and next_attempt_at <= now()"
                        + " order by next_attempt_at, id limit 1 for update skip locked")
                .query(this::map).optional();
    }

    public void markSent(long id, int attempts, boolean delivered) {
        jdbc.sql("update notification_message set status = ?, attempts = ?, sent_at = now(), failure_reason = null,"
                        + " delivered_at = case when ? then now() end where id = ?")
                .params(delivered ? "DELIVERED" : "SENT", attempts, delivered, id).update();
    }

    public void scheduleRetry(long id, int attempts, Instant next, String reason) {
        jdbc.sql("update notification_message set attempts = ?, next_attempt_at = ?, failure_reason = ? where id = ?")
                .params(attempts, next.atOffset(ZoneOffset.UTC), reason, id).update();
    }

    public void markFailed(long id, int attempts, String reason) {
        jdbc.sql("update notification_message set status = 'FAILED', attempts = ?, failure_reason = ?,"
                        + " failed_at = now() where id = ?")
                .params(attempts, reason, id).update();
    }

    /** The message's status, its row locked until the transaction ends (receipts may race the dispatcher). */
    public Optional<String> statusOf(long id) {
        return jdbc.sql("select status from notification_message where id = ? for update").param(id)
                .query(String.class).optional();
    }

    public void markDelivered(long id) {
        jdbc.sql("update notification_message set status = 'DELIVERED', delivered_at = now() where id = ?")
                .param(id).update();
    }

    private QueuedMessage map(ResultSet rs, int row) throws SQLException {
        Map<String, String> variables = json.readValue(cipher.decrypt(VARIABLES_FIELD, rs.getString("variables")),
                STRING_MAP);
        return new QueuedMessage(rs.getLong("id"), NotificationChannel.valueOf(rs.getString("channel")),
                cipher.decrypt(RECIPIENT_FIELD, rs.getString("recipient")),
                NotificationTemplate.ofKey(rs.getString("template_key")),
                Locale.forLanguageTag(rs.getString("locale")), variables, rs.getString("correlation"),
                rs.getInt("attempts"));
    }
}
