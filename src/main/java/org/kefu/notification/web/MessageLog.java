package org.kefu.notification.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kefu.notification.NotificationChannel;
import org.kefu.notification.delivery.MessageStore;
import org.kefu.platform.FieldCipher;
import org.kefu.platform.PersonalDataMask;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the outbox for support: filters, paging, recipients masked (decrypted only to be masked). */
@Repository
class MessageLog {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "status", "status",
            "channel", "channel");
    private static final String COLUMNS = "id, channel, recipient, template_key, locale, correlation, status,"
            + " attempts, failure_reason, created_at, sent_at, delivered_at, failed_at";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    MessageLog(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    record Filter(String status, String channel, String correlation) {
    }

    PageResult<MessageView> page(Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        condition(where, params, "status = ?", filter.status());
        condition(where, params, "channel = ?", filter.channel());
        condition(where, params, "correlation = ?", filter.correlation());
        List<MessageView> items = jdbc.sql("select " + COLUMNS + " from notification_message" + where
                        + page.sqlTail(SORTABLE, "id desc"))
                .params(params).query(this::map).list();
        long total = jdbc.sql("select count(*) from notification_message" + where).params(params)
                .query(Long.class).single();
        return PageResult.of(items, page, total);
    }

    private static void condition(StringBuilder sql, List<Object> params, String condition, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" and ").append(condition);
            params.add(value);
        }
    }

    private MessageView map(ResultSet rs, int row) throws SQLException {
        NotificationChannel channel = NotificationChannel.valueOf(rs.getString("channel"));
        String recipient = cipher.decrypt(MessageStore.RECIPIENT_FIELD, rs.getString("recipient"));
        return new MessageView(rs.getLong("id"), channel.name(), mask(channel, recipient),
                rs.getString("template_key"), rs.getString("locale"), rs.getString("correlation"),
                rs.getString("status"), rs.getInt("attempts"), rs.getString("failure_reason"),
                instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "delivered_at"),
                instant(rs, "failed_at"));
    }

    static String mask(NotificationChannel channel, String recipient) {
        if (MessageStore.ERASED.equals(recipient)) {
            return recipient;
        }
        return switch (channel) {
            case EMAIL -> PersonalDataMask.email(recipient);
            case SMS -> PersonalDataMask.mobile(recipient);
            // A device token is a credential for pushing to that phone: the last four are enough to match it.
            case APP_PUSH -> PersonalDataMask.mobile(recipient);
            // Staff user names are shown all over the staff pages already.
            case IN_APP -> recipient;
        };
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
