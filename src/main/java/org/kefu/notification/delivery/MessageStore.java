package org.kefu.notification.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kefu.notification.Notification;
import org.kefu.notification.NotificationChannel;
import org.kefu.notification.NotificationTemplate;
import org.kefu.platform.BlindIndex;
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
    /** Blind-index field of the recipient; never rename it (existing indexes would stop matching). */
    static final String RECIPIENT_INDEX_FIELD = "notification.recipient";
    /** What a purged row's recipient becomes (encrypted like any other), and its index marker. */
    public static final String ERASED = "(erased)";

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final BlindIndex index;

    MessageStore(JdbcClient jdbc, FieldCipher cipher, JsonMapper json, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
        this.index = index;
    }

    public long insert(Notification n) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(INSERT + ROW).params(row(n)).update(key, "id");
        return key.getKey().longValue();
    }

    /** Several messages in one statement: a case's SMS and e-mail cost one round trip. */
    public void insertAll(List<Notification> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(messages.size() * 8);
        messages.forEach(n -> params.addAll(row(n)));
        jdbc.sql(INSERT + String.join(", ", Collections.nCopies(messages.size(), ROW))).params(params).update();
    }

    private static final String INSERT = "insert into notification_message (channel, recipient, staff_username,"
            + " template_key, locale, variables, correlation, recipient_index) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";

    private List<Object> row(Notification n) {
        boolean staff = n.channel() == NotificationChannel.IN_APP;
        return Arrays.asList(n.channel().name(), cipher.encrypt(RECIPIENT_FIELD, n.recipient()),
                staff ? n.recipient() : null, n.template().key(), Notification.languageTag(n.locale()),
                cipher.encrypt(VARIABLES_FIELD, json.writeValueAsString(n.variables())), n.correlation(),
                staff ? null : index.of(RECIPIENT_INDEX_FIELD, n.recipient()));
    }

    /**
     * Locks the next due message for the current transaction; messages another dispatcher holds are
     * skipped rather than waited for, so each is sent by exactly one of them.
     */
    public Optional<QueuedMessage> claimNextDue() {
        for (int skipped = 0; skipped < 100; skipped++) {
            Optional<Map<String, Object>> row = jdbc.sql("select id, channel, recipient, template_key, locale,"
                            + " variables, correlation, attempts from notification_message where status = 'QUEUED'"
                            + " and next_attempt_at <= now() order by next_attempt_at, id limit 1 for update skip locked")
                    .query().listOfRows().stream().findFirst();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(decode(row.get()));
            } catch (RuntimeException unreadable) {
                // A row nobody can render (retired template, key gone from the ring) must not block the
                // queue behind it: it fails on its own, with a reason that names no personal data.
                long id = ((Number) row.get().get("id")).longValue();
                markFailed(id, ((Number) row.get().get("attempts")).intValue() + 1,
                        "cannot be rendered: " + unreadable.getClass().getSimpleName());
            }
        }
        return Optional.empty();
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

    /**
     * The status of a message a vendor may report on (SMS and app push only: e-mail and in-app messages
     * have no vendor), its row locked until the transaction ends (receipts may race the dispatcher).
     */
    public Optional<String> vendorStatusOf(long id) {
        return jdbc.sql("select status from notification_message where id = ? and channel in ('SMS', 'APP_PUSH')"
                        + " for update").param(id).query(String.class).optional();
    }

    public void markDelivered(long id) {
        jdbc.sql("update notification_message set status = 'DELIVERED', delivered_at = now() where id = ?")
                .param(id).update();
    }

    /**
     * Purges every customer message (not in-app ones: those go to staff) addressed to {@code address}:
     * recipient and variables are overwritten with {@link #ERASED} and {@code {}}, and a message still
     * waiting is failed instead of sent. Found by the blind index; rows written before it existed are
     * decrypted once here and get theirs. Returns how many messages were purged.
     */
    public int forget(String address) {
        String wanted = index.of(RECIPIENT_INDEX_FIELD, address);
        int purged = 0;
        for (Map<String, Object> row : jdbc.sql("select id, recipient, recipient_index from notification_message"
                        + " where channel <> 'IN_APP' and (recipient_index = ? or recipient_index is null)"
                        + " order by id for update").param(wanted).query().listOfRows()) {
            long id = ((Number) row.get("id")).longValue();
            String known = (String) row.get("recipient_index");
            if (known == null) {
                known = indexOfStored((String) row.get("recipient"));
                if (!wanted.equals(known)) {
                    jdbc.sql("update notification_message set recipient_index = ? where id = ?").params(known, id)
                            .update();
                    continue;
                }
            }
            if (wanted.equals(known)) {
                purge(id);
                purged++;
            }
        }
        return purged;
    }

    /** The index of a stored recipient; {@link #ERASED} if it cannot be read (it is then no one's any more). */
    private String indexOfStored(String envelope) {
        try {
            String recipient = cipher.decrypt(RECIPIENT_FIELD, envelope);
            return ERASED.equals(recipient) ? ERASED : index.of(RECIPIENT_INDEX_FIELD, recipient);
        } catch (RuntimeException unreadable) {
            return ERASED;
        }
    }

    private void purge(long id) {
        jdbc.sql("update notification_message set recipient = ?, variables = ?, recipient_index = ?,"
                        + " failure_reason = case when status = 'QUEUED' then 'recipient erased' else failure_reason end,"
                        + " failed_at = case when status = 'QUEUED' then now() else failed_at end,"
                        + " status = case when status = 'QUEUED' then 'FAILED' else status end where id = ?")
                .params(cipher.encrypt(RECIPIENT_FIELD, ERASED), cipher.encrypt(VARIABLES_FIELD, "{}"), ERASED, id)
                .update();
    }

    private QueuedMessage decode(Map<String, Object> row) {
        Map<String, String> variables = json.readValue(cipher.decrypt(VARIABLES_FIELD, (String) row.get("variables")),
                STRING_MAP);
        return new QueuedMessage(((Number) row.get("id")).longValue(),
                NotificationChannel.valueOf((String) row.get("channel")),
                cipher.decrypt(RECIPIENT_FIELD, (String) row.get("recipient")),
                NotificationTemplate.ofKey((String) row.get("template_key")),
                Locale.forLanguageTag((String) row.get("locale")), variables, (String) row.get("correlation"),
                ((Number) row.get("attempts")).intValue());
    }
}
