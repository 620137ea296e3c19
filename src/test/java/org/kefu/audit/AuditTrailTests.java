package org.kefu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.audit.chain.ChainedEntry;
import org.kefu.platform.Actor;
import org.kefu.platform.AuditableEvent;
import org.kefu.platform.DataScope;
import org.kefu.platform.PlatformPermissions;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What an entry holds, and that events are recorded in the publisher's transaction. */
@KefuTest
class AuditTrailTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MockMvc mvc;

    record Probe(String entityId, boolean succeeded) implements AuditableEvent {

        @Override
        public String action() {
            return "test.probe.touched";
        }

        @Override
        public String entityType() {
            return "probe";
        }

        @Override
        public Map<String, Object> summary() {
            return Map.of("password", "hunter2", "count", 3);
        }

        @Override
        public String reason() {
            return "drill";
        }
    }

    @Test
    void recordsWhoDidWhatToWhichRecordWhenFromWhereAndWhy() {
        String customer = UUID.randomUUID().toString();
        Actor agent = new Actor(Actor.Type.USER, "zhang.wei", 42L, "BJ-001", "10.1.2.3", Set.of(), DataScope.nothing());
        MDC.put("requestId", "req-" + customer.substring(0, 8));
        long id;
        try {
            id = trail.record("customer.contact.changed").entity("customer", customer)
                    .summary("fields", List.of("mobile")).summary("mobile", "13800138000")
                    .reason("客户来电要求更正，回拨 13912345678").actor(agent).success();
        } finally {
            MDC.remove("requestId");
        }

        var row = jdbc.sql("select * from audit_entry where id = ?").param(id).query().singleRow();
        assertThat(((java.sql.Timestamp) row.get("occurred_at")).toInstant())
                .isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(row).containsEntry("actor_type", "USER").containsEntry("actor_id", "zhang.wei")
                .containsEntry("org_unit_id", 42L).containsEntry("org_unit_code", "BJ-001")
                .containsEntry("ip", "10.1.2.3").containsEntry("action", "customer.contact.changed")
                .containsEntry("entity_type", "customer").containsEntry("entity_id", customer)
                .containsEntry("summary", "{\"fields\":[\"mobile\"],\"mobile\":\"[redacted]\"}")
                .containsEntry("reason", "客户来电要求更正，回拨 [redacted]")
                .containsEntry("outcome", "SUCCESS").containsEntry("request_id", "req-" + customer.substring(0, 8));
    }

    @Test
    void theContentHashWrittenByTheDatabaseIsTheOneJavaComputes() {
        long id = trail.record("test.hash.checked").entity("probe", "名字无关").summary("note", "引号\"与换行\n")
                .actor(Actor.system()).success();
        ChainedEntry stored = new StoredEntries(jdbc, transactionManager).get(id);
        assertThat(stored.contentHash()).matches("[0-9a-f]{64}").isEqualTo(stored.content().hash(id));
    }

    @Test
    void withoutARequestTheActorIsKefuItself() {
        long id = trail.record("test.system.work").success();
        assertThat(jdbc.sql("select actor_type || '/' || actor_id from audit_entry where id = ?").param(id)
                .query(String.class).single()).isEqualTo("SYSTEM/system");
    }

    @Test
    void failedActionsAreRecordedAsFailures() {
        String key = UUID.randomUUID().toString();
        events.publishEvent(new Probe(key, false));
        assertThat(column("outcome", key)).isEqualTo("FAILURE");
        assertThat(column("summary", key)).isEqualTo("{\"count\":3,\"password\":\"[redacted]\"}");
        assertThat(column("reason", key)).isEqualTo("drill");
    }

    @Test
    void anEventRolledBackWithItsChangeLeavesNoEntry() {
        String rolledBack = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new Probe(rolledBack, true));
            assertThat(count(rolledBack)).as("visible inside the publisher's transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(committed, true)));

        assertThat(count(rolledBack)).isZero();
        assertThat(count(committed)).isEqualTo(1);
    }

    @Test
    void anEventOutsideATransactionIsWrittenOnItsOwn() {
        String key = UUID.randomUUID().toString();
        events.publishEvent(new Probe(key, true));
        assertThat(count(key)).isEqualTo(1);
    }

    @Test
    void anActionThatIsNotAStableDottedNameIsAProgrammingError() {
        assertThatThrownBy(() -> trail.record("Customer Changed").success()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trail.record("changed").success()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStartOfAReEncryptionIsAuditedWithTheRequestThatStartedIt() throws Exception {
        var response = mvc.perform(post("/api/v1/admin/crypto/re-encryptions")
                        .with(user("key.admin").authorities(new SimpleGrantedAuthority(PlatformPermissions.CRYPTO_MANAGE)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"年度密钥轮换\",\"batchSize\":50}"))
                .andExpect(status().isAccepted()).andReturn().getResponse();
        String location = response.getHeader("Location");
        String jobId = location.substring(location.lastIndexOf('/') + 1);

        var entry = jdbc.sql("select * from audit_entry where action = 'crypto.reencryption.started' and entity_id = ?")
                .param(jobId).query().singleRow();
        assertThat(entry).containsEntry("entity_type", "reencryption-job").containsEntry("actor_type", "USER")
                .containsEntry("actor_id", "key.admin").containsEntry("reason", "年度密钥轮换")
                .containsEntry("request_id", response.getHeader("X-Request-Id")).containsEntry("ip", "127.0.0.1")
                .containsEntry("summary", "{\"batchSize\":50,\"targetKeyId\":\"test-2\"}");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get(location)
                        .with(user("key.admin").authorities(new SimpleGrantedAuthority(PlatformPermissions.CRYPTO_MANAGE))))
                .andExpect(jsonPath("$.status").value("COMPLETED")));
    }

    private long count(String entityId) {
        return jdbc.sql("select count(*) from audit_entry where entity_id = ?").param(entityId).query(Long.class).single();
    }

    private String column(String column, String entityId) {
        return jdbc.sql("select " + column + " from audit_entry where entity_id = ?").param(entityId)
                .query(String.class).single();
    }
}
