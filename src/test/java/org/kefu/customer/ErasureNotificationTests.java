package org.kefu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.notification.Notification;
import org.kefu.notification.NotificationChannel;
import org.kefu.notification.NotificationTemplate;
import org.kefu.notification.Notifications;
import org.kefu.platform.BlindIndex;
import org.kefu.platform.FieldCipher;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** PIPL erasure reaches the notification outbox: no message keeps the customer's mobile, e-mail or texts. */
@KefuTest
class ErasureNotificationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    BlindIndex index;
    @Autowired
    Notifications notifications;

    @Test
    void erasurePurgesTheCustomersMessagesSentOrWaitingAndNoOneElses() throws Exception {
        String mobile = CustomerFixtures.mobile();
        String email = "erase." + System.nanoTime() + "@example.com";
        String number = CustomerFixtures.create(mvc, staff, "agent.bj", CustomerFixtures.body("冯宝宝",
                CustomerFixtures.idNumber(), mobile, "BJ").replace("zhang.wei@example.com", email));
        // The case module tells the customer of the new case by SMS and e-mail, through the outbox.
        mvc.perform(post("/api/v1/cases").with(staff.as("agent.bj")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"consultation","channel":"phone","subject":"理财赎回","description":"赎回到账时间",
                                 "customerNumber":"%s"}""".formatted(number)))
                .andExpect(status().isCreated());
        long sent = queue(NotificationChannel.SMS, mobile.substring(0, 3) + " " + mobile.substring(3));
        jdbc.sql("update notification_message set status = 'SENT', sent_at = now() where id = ?").param(sent).update();
        long legacy = queue(NotificationChannel.EMAIL, email);
        // As if written before the recipient index existed.
        jdbc.sql("update notification_message set recipient_index = null where id = ?").param(legacy).update();
        String otherMobile = CustomerFixtures.mobile();
        long other = queue(NotificationChannel.SMS, otherMobile);
        assertThat(messagesTo(mobile, email)).hasSizeGreaterThanOrEqualTo(4);

        mvc.perform(delete("/api/v1/customers/" + number).with(staff.as("admin"))).andExpect(status().isNoContent());

        assertThat(messagesTo(mobile, email)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification_message where recipient_index in (?, ?)")
                .params(index.of("notification.recipient", mobile), index.of("notification.recipient", email))
                .query(Long.class).single()).isZero();
        Map<String, Object> wasSent = row(sent);
        assertThat(wasSent.get("status")).isEqualTo("SENT");
        assertThat(cipher.decrypt("notification.variables", (String) wasSent.get("variables"))).isEqualTo("{}");
        Map<String, Object> waiting = row(legacy);
        assertThat(waiting.get("status")).as("a purged message is never sent").isEqualTo("FAILED");
        assertThat(waiting.get("failure_reason")).isEqualTo("recipient erased");
        assertThat(cipher.decrypt("notification.recipient", (String) row(other).get("recipient"))).isEqualTo(otherMobile);
        assertThat(row(other).get("status")).isNotEqualTo("FAILED");
    }

    private long queue(NotificationChannel channel, String recipient) {
        return notifications.queue(new Notification(channel, recipient, NotificationTemplate.CASE_RESOLVED,
                Notification.CHINESE, Map.of("caseNumber", "KF-20261127-999999"), "KF-20261127-999999"));
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select * from notification_message where id = ?").param(id).query().singleRow();
    }

    /** Every message whose decrypted recipient or variables mention the mobile or the e-mail address. */
    private List<Long> messagesTo(String mobile, String email) {
        return jdbc.sql("select id, recipient, variables from notification_message where channel <> 'IN_APP'")
                .query().listOfRows().stream().filter(r -> {
                    String text = cipher.decrypt("notification.recipient", (String) r.get("recipient")).replace(" ", "")
                            + cipher.decrypt("notification.variables", (String) r.get("variables"));
                    return text.contains(mobile) || text.contains(email);
                }).map(r -> ((Number) r.get("id")).longValue()).toList();
    }
}
