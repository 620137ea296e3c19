package org.kefu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The delivery log, vendor receipts and staff in-app notifications, over HTTP. */
@KefuTest
class NotificationApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;

    private final JsonMapper json = JsonMapper.builder().build();

    private long sentSms(String phone, String correlation) {
        long id = notifications.queue(new Notification(NotificationChannel.SMS, phone,
                NotificationTemplate.CASE_RESOLVED, Notification.CHINESE, Map.of("caseNumber", correlation), correlation));
        // As if the dispatcher had handed it to the vendor (this context has no gateway).
        jdbc.sql("update notification_message set status = 'SENT', sent_at = now() where id = ?").param(id).update();
        return id;
    }

    private String vendorKey() throws Exception {
        String body = mvc.perform(post("/api/v1/api-clients").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"sms-vendor-" + System.nanoTime() % 1_000_000 + "\",\"channel\":\"other\","
                                + "\"orgUnitCode\":\"HQ\",\"permissions\":[\"notification.receipts.write\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("key").asString();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from notification_message where id = ?").param(id).query(String.class).single();
    }

    @Test
    void aVendorCannotReportOnMessagesItNeverCarried() throws Exception {
        String key = vendorKey();
        long email = notifications.queue(new Notification(NotificationChannel.EMAIL, "wang.wu@example.com",
                NotificationTemplate.CASE_RESOLVED, Notification.CHINESE, Map.of("caseNumber", "KF-E1"), "KF-E1"));
        jdbc.sql("update notification_message set status = 'SENT', sent_at = now() where id = ?").param(email).update();
        mvc.perform(post("/api/v1/notifications/receipts").header("Authorization", "Bearer " + key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"messageId\":" + email + ",\"status\":\"DELIVERED\"}"))
                .andExpect(status().isNotFound());
        assertThat(statusOf(email)).isEqualTo("SENT");
    }

    @Test
    void aVendorReceiptMarksTheMessage() throws Exception {
        String key = vendorKey();
        long delivered = sentSms("13800138001", "KF-R1");
        long failed = sentSms("13800138002", "KF-R2");

        mvc.perform(post("/api/v1/notifications/receipts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"messageId\":" + delivered + ",\"status\":\"DELIVERED\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/notifications/receipts").header("Authorization", "Bearer kefu_demo_mobile_key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"messageId\":" + delivered + ",\"status\":\"DELIVERED\"}"))
                .andExpect(status().isForbidden());
        assertThat(statusOf(delivered)).isEqualTo("SENT");

        mvc.perform(post("/api/v1/notifications/receipts").header("Authorization", "Bearer " + key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"messageId\":" + delivered + ",\"status\":\"DELIVERED\"}"))
                .andExpect(status().isNoContent());
        assertThat(statusOf(delivered)).isEqualTo("DELIVERED");

        mvc.perform(post("/api/v1/notifications/receipts").header("Authorization", "Bearer " + key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"messageId\":" + failed + ",\"status\":\"FAILED\",\"reason\":\"EMPTY_NUMBER 13800138002\"}"))
                .andExpect(status().isNoContent());
        assertThat(statusOf(failed)).isEqualTo("FAILED");
        assertThat(jdbc.sql("select failure_reason from notification_message where id = ?").param(failed)
                .query(String.class).single()).isEqualTo("vendor: EMPTY_NUMBER ***");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'notification.failed' and entity_id = ?")
                .param(String.valueOf(failed)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/api/v1/notifications/receipts").header("Authorization", "Bearer " + key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"messageId\":999999999,\"status\":\"DELIVERED\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBadReceiptIsA400NamingTheFields() throws Exception {
        String key = vendorKey();
        mvc.perform(post("/api/v1/notifications/receipts").header("Authorization", "Bearer " + key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"messageId\":-1,\"status\":\"LOST\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("messageId", "status")));
    }

    @Test
    void supportSeesWhyAMessageFailedWithTheRecipientMasked() throws Exception {
        long id = sentSms("13800138000", "KF-L1");
        jdbc.sql("update notification_message set status = 'FAILED', failure_reason = 'gateway refused the message:"
                + " HTTP 400' where id = ?").param(id).update();

        mvc.perform(get("/api/v1/notifications").param("correlation", "KF-L1").param("status", "FAILED")
                        .with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].recipient").value("138****8000"))
                .andExpect(jsonPath("$.items[0].failureReason").value("gateway refused the message: HTTP 400"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13800138000"))));
        mvc.perform(get("/api/v1/notifications").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
        // Messages carry no unit: a branch supervisor would see other branches' messages.
        mvc.perform(get("/api/v1/notifications").with(staff.as("supervisor.bj"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/notifications").param("status", "LOST").with(staff.as("admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void staffSeeTheirUnreadCountAndMarkMessagesRead() throws Exception {
        String me = staff.newUser("BJ", "agent", false);
        long id = notifications.queue(new Notification(NotificationChannel.IN_APP, me, NotificationTemplate.CASE_PROGRESS,
                Notification.CHINESE, Map.of("caseNumber", "KF-9", "progress", "已转交上海分行处理"), "KF-9"));
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(id).equals("DELIVERED"));

        mvc.perform(get("/notifications/bell").with(staff.as(me)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("通知：1 条未读")));
        mvc.perform(get("/notifications").with(staff.as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("您的业务 KF-9：已转交上海分行处理")));
        mvc.perform(get("/notifications/bell").with(staff.as("agent.sh")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("通知：0 条未读")));

        mvc.perform(post("/notifications/{id}/read", id).with(staff.as("agent.sh")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/{id}/read", id).with(staff.as(me)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/notifications/bell").with(staff.as(me)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("通知：0 条未读")));
    }
}
