package org.kefu.notification.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kefu.notification.NotificationTemplate;
import org.kefu.notification.delivery.MessageRenderer;
import org.kefu.notification.delivery.MessageStore;
import org.kefu.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A staff member's in-app messages: only their own, only once the dispatcher has delivered them. */
@Repository
class StaffInbox {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };
    private static final int SHOWN = 100;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final MessageRenderer renderer;

    StaffInbox(JdbcClient jdbc, FieldCipher cipher, JsonMapper json, MessageRenderer renderer) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
        this.renderer = renderer;
    }

    record Item(long id, String subject, String body, Instant createdAt, boolean unread) {
    }

    long unread(String username) {
        return jdbc.sql("select count(*) from notification_message where staff_username = ? and channel = 'IN_APP'"
                        + " and status = 'DELIVERED' and read_at is null")
                .param(username).query(Long.class).single();
    }

    List<Item> latest(String username) {
        return jdbc.sql("select id, template_key, locale, variables, created_at, read_at from notification_message"
                        + " where staff_username = ? and channel = 'IN_APP' and status = 'DELIVERED'"
                        + " order by created_at desc, id desc limit " + SHOWN)
                .param(username).query((rs, row) -> {
                    var rendered = renderer.render(NotificationTemplate.ofKey(rs.getString("template_key")),
                            Locale.forLanguageTag(rs.getString("locale")), json.readValue(
                                    cipher.decrypt(MessageStore.VARIABLES_FIELD, rs.getString("variables")), STRING_MAP));
                    return new Item(rs.getLong("id"), rendered.subject(), rendered.body(),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("read_at") == null);
                }).list();
    }

    /** False when the message is not this user's: nobody marks another's messages. */
    boolean markRead(String username, long id) {
        return jdbc.sql("update notification_message set read_at = coalesce(read_at, now()) where id = ?"
                        + " and staff_username = ? and channel = 'IN_APP'")
                .params(id, username).update() == 1;
    }
}
