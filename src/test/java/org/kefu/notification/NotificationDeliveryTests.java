package org.kefu.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kefu.KefuTest;
import org.kefu.notification.delivery.Dispatcher;
import org.kefu.notification.delivery.MessageRenderer;
import org.kefu.notification.delivery.MessageStore;
import org.kefu.notification.delivery.NotificationSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery against stand-ins for the outside world: GreenMail is a real SMTP server, WireMock fakes the
 * SMS/push vendor's HTTP gateway. Both are test-only jars; neither is part of Kefu.
 */
@KefuTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class NotificationDeliveryTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final WireMockServer VENDOR = new WireMockServer(options().dynamicPort());

    static {
        SMTP.start();
        VENDOR.start();
        VENDOR.stubFor(post("/sms").willReturn(aResponse().withStatus(202)));
        VENDOR.stubFor(post("/push").willReturn(aResponse().withStatus(202)));
    }

    @DynamicPropertySource
    static void outsideWorld(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("kefu.notification.gateway.base-url", VENDOR::baseUrl);
        registry.add("kefu.notification.gateway.api-key", () -> "vendor-test-key");
        registry.add("kefu.notification.dispatch-interval", () -> "100ms");
        registry.add("kefu.notification.max-attempts", () -> "3");
        registry.add("kefu.notification.retry-base", () -> "200ms");
        registry.add("kefu.notification.gateway.timeout", () -> "3s");
    }

    @AfterAll
    static void stopOutsideWorld() {
        SMTP.stop();
        VENDOR.stop();
    }

    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MessageStore store;
    @Autowired
    MessageRenderer renderer;
    @Autowired
    List<org.kefu.notification.delivery.ChannelAdapter> adapters;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    NotificationSettings settings;

    private static int phones = 1000;

    private static synchronized String newPhone() {
        return "1390000" + phones++;
    }

    private long sms(String phone, NotificationTemplate template, Map<String, String> variables) {
        return notifications.queue(new Notification(NotificationChannel.SMS, phone, template, Notification.CHINESE,
                variables, "C-" + phone));
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from notification_message where id = ?").param(id).query(String.class).single();
    }

    private void awaitStatus(long id, String status) {
        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(id).equals(status));
    }

    @Test
    void eMailsArriveRenderedInChineseAndEnglish() throws Exception {
        notifications.queue(new Notification(NotificationChannel.EMAIL, "zhang.san@example.com",
                NotificationTemplate.CASE_ACCEPTED, Notification.CHINESE,
                Map.of("caseNumber", "KF-2026-0001", "replyBy", "2026年12月1日"), "KF-2026-0001"));
        notifications.queue(new Notification(NotificationChannel.EMAIL, "li.si@example.com",
                NotificationTemplate.CASE_RESOLVED, Notification.ENGLISH, Map.of("caseNumber", "KF-2026-0002"), null));

        await().atMost(Duration.ofSeconds(15)).until(() -> inbox("zhang.san@example.com") != null
                && inbox("li.si@example.com") != null);
        MimeMessage chinese = inbox("zhang.san@example.com");
        assertThat(chinese.getSubject()).isEqualTo("您的业务 KF-2026-0001 已受理");
        assertThat(((String) chinese.getContent()).strip())
                .isEqualTo("您的业务 KF-2026-0001 已受理，我们将在 2026年12月1日 前给您答复。");
        MimeMessage english = inbox("li.si@example.com");
        assertThat(english.getSubject()).isEqualTo("Your request KF-2026-0002 has been completed");
        assertThat((String) english.getContent()).startsWith("Your request KF-2026-0002 has been completed.");
    }

    private static MimeMessage inbox(String address) throws Exception {
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                return message;
            }
        }
        return null;
    }

    @Test
    void theVendorReceivesTheSmsWithTheKeyHeader() {
        String phone = newPhone();
        long id = sms(phone, NotificationTemplate.ONE_TIME_CODE, Map.of("code", "482913", "validMinutes", "5"));
        awaitStatus(id, "SENT");
        VENDOR.verify(1, postRequestedFor(urlEqualTo("/sms"))
                .withHeader("X-Api-Key", equalTo("vendor-test-key"))
                .withRequestBody(equalToJson("{\"to\":\"" + phone + "\",\"text\":\"您的验证码为 482913，5 分钟内有效。"
                        + "请勿告诉任何人，包括我行工作人员。\",\"reference\":\"" + id + "\"}")));
    }

    @Test
    void aVendorOutageIsRetriedUntilItWorks() {
        String phone = newPhone();
        String scenario = "outage-" + phone;
        VENDOR.stubFor(post("/sms").withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        VENDOR.stubFor(post("/sms").withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .inScenario(scenario).whenScenarioStateIs("recovered").willReturn(aResponse().withStatus(202)));

        long id = sms(phone, NotificationTemplate.CASE_RESOLVED, Map.of("caseNumber", "KF-1"));
        awaitStatus(id, "SENT");
        assertThat(jdbc.sql("select attempts from notification_message where id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(2);
        VENDOR.verify(2, postRequestedFor(urlEqualTo("/sms")).withRequestBody(matchingJsonPath("$.to", equalTo(phone))));
    }

    @Test
    void aVendorTooSlowToAnswerIsRetried() {
        String phone = newPhone();
        String scenario = "slow-" + phone;
        VENDOR.stubFor(post("/sms").withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(202).withFixedDelay(6_000)).willSetStateTo("fast"));
        VENDOR.stubFor(post("/sms").withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .inScenario(scenario).whenScenarioStateIs("fast").willReturn(aResponse().withStatus(202)));

        long id = sms(phone, NotificationTemplate.CASE_RESOLVED, Map.of("caseNumber", "KF-7"));
        awaitStatus(id, "SENT");
        assertThat(jdbc.sql("select attempts from notification_message where id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aRefusalFailsAtOnceWithItsReason() {
        String phone = newPhone();
        VENDOR.stubFor(post("/sms").withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"bad number " + phone + "\"}")));
        long id = sms(phone, NotificationTemplate.CASE_RESOLVED, Map.of("caseNumber", "KF-2"));
        awaitStatus(id, "FAILED");
        var row = jdbc.sql("select attempts, failure_reason from notification_message where id = ?").param(id)
                .query().singleRow();
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("failure_reason")).isEqualTo("gateway refused the message: HTTP 400")
                .doesNotContain(phone);
    }

    @Test
    void aVendorDownForGoodFailsAfterMaxAttemptsAndIsAudited() {
        String phone = newPhone();
        VENDOR.stubFor(post("/sms").withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .willReturn(aResponse().withStatus(502)));
        long id = sms(phone, NotificationTemplate.CASE_RESOLVED, Map.of("caseNumber", "KF-3"));
        awaitStatus(id, "FAILED");
        assertThat(jdbc.sql("select failure_reason from notification_message where id = ?").param(id)
                .query(String.class).single()).contains("HTTP 502").contains("3 attempts");
        VENDOR.verify(3, postRequestedFor(urlEqualTo("/sms")).withRequestBody(matchingJsonPath("$.to", equalTo(phone))));
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql("select summary from audit_entry where action ="
                        + " 'notification.failed' and entity_id = ?").param(String.valueOf(id)).query(String.class)
                .optional().filter(summary -> summary.contains("502") && !summary.contains(phone)).isPresent());
    }

    @Test
    void aMessageNobodyCanRenderFailsAloneAndDoesNotBlockTheQueue() {
        long broken = sms(newPhone(), NotificationTemplate.CASE_RESOLVED, Map.of("caseNumber", "KF-20261127-000001"));
        jdbc.sql("update notification_message set template_key = 'retired.template', next_attempt_at = now()"
                + " - interval '1 hour' where id = ?").param(broken).update();
        long fine = sms(newPhone(), NotificationTemplate.CASE_RESOLVED, Map.of("caseNumber", "KF-20261127-000002"));
        awaitStatus(fine, "SENT");
        awaitStatus(broken, "FAILED");
        assertThat(jdbc.sql("select failure_reason from notification_message where id = ?").param(broken)
                .query(String.class).single()).startsWith("cannot be rendered");
    }

    @Test
    void aMessageWhoseChangeRollsBackIsNeverSent() throws Exception {
        String phone = newPhone();
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                sms(phone, NotificationTemplate.CASE_ACCEPTED, Map.of("caseNumber", "KF-4", "replyBy", "明天"));
                throw new IllegalStateException("the business change fails");
            });
        } catch (IllegalStateException expected) {
            // the point of the test
        }
        Thread.sleep(500);
        assertThat(jdbc.sql("select count(*) from notification_message where correlation = ?").param("C-" + phone)
                .query(Long.class).single()).isZero();
        VENDOR.verify(0, postRequestedFor(urlEqualTo("/sms")).withRequestBody(matchingJsonPath("$.to", equalTo(phone))));
    }

    @Test
    void twoDispatchersSendEachMessageExactlyOnce() throws Exception {
        // A slow vendor widens the window in which two dispatchers could pick the same message.
        VENDOR.stubFor(post("/push").willReturn(aResponse().withStatus(202).withFixedDelay(20)));
        List<Long> ids = new ArrayList<>();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (int i = 0; i < 40; i++) {
                ids.add(notifications.queue(new Notification(NotificationChannel.APP_PUSH, "device-token-" + i,
                        NotificationTemplate.CASE_RESOLVED, Notification.ENGLISH, Map.of("caseNumber", "KF-P" + i),
                        "push-batch")));
            }
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int d = 0; d < 2; d++) {
                Dispatcher dispatcher = new Dispatcher(store, renderer, adapters, transactionManager, events, settings);
                running.add(CompletableFuture.runAsync(() -> {
                    while (dispatcher.dispatchDue() > 0) {
                        Thread.onSpinWait();
                    }
                }, threads));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get();
        } finally {
            threads.shutdown();
        }
        for (long id : ids) {
            awaitStatus(id, "SENT");
            assertThat(VENDOR.findAll(postRequestedFor(urlEqualTo("/push"))
                    .withRequestBody(matchingJsonPath("$.reference", equalTo(String.valueOf(id)))))).as("message %d", id)
                    .hasSize(1);
        }
    }

    @Test
    void recipientsNeverAppearInTheLog(CapturedOutput output) {
        String phone = newPhone();
        VENDOR.stubFor(post("/sms").withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .willReturn(aResponse().withStatus(503)));
        long failing = sms(phone, NotificationTemplate.CASE_RESOLVED, Map.of("caseNumber", "KF-5"));
        long mail = notifications.queue(new Notification(NotificationChannel.EMAIL, "wang.wu@example.com",
                NotificationTemplate.CASE_RESOLVED, Notification.CHINESE, Map.of("caseNumber", "KF-6"), null));
        awaitStatus(failing, "FAILED");
        awaitStatus(mail, "SENT");
        // GreenMail logs each address it creates a mailbox for; it stands in for the mail server, it is not Kefu.
        String kefuLog = output.getAll().lines().filter(line -> !line.contains("icegreen.greenmail"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(kefuLog).contains("Notification " + failing).doesNotContain(phone)
                .doesNotContain("wang.wu@example.com");
    }
}
