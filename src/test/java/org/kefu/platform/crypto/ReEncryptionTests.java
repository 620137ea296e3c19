package org.kefu.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.platform.EncryptedColumn;
import org.kefu.platform.FieldCipher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Key rotation on a real table: values written under the old key are moved to the active one, read back
 * unchanged, and a value nobody can decrypt stops the run with the row named, not the value.
 */
@KefuTest
@Import(ReEncryptionTests.ProbeTable.class)
class ReEncryptionTests {

    @TestConfiguration
    static class ProbeTable {
        @Bean
        EncryptedColumn probeSecret() {
            return new EncryptedColumn("crypto_probe", "id", "secret", "probe.secret");
        }
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    ReEncryption reEncryption;
    @Autowired
    ReEncryptionJobs jobs;
    @Autowired
    Environment environment;

    private FieldCipher oldKeyCipher;

    @BeforeEach
    void probeTable() {
        jdbc.sql("create table if not exists crypto_probe (id bigserial primary key, secret text)").update();
        jdbc.sql("truncate crypto_probe").update();
        oldKeyCipher = new AesGcmFieldCipher(Keyring.parse(environment.getProperty(Keyring.KEYRING_PROPERTY), "test-1",
                environment.getProperty(Keyring.BLIND_INDEX_KEY_PROPERTY)));
    }

    @Test
    void movesEveryValueToTheActiveKeyAndKeepsItReadable() {
        // Other modules' encrypted columns (demo users and customers) already hold values under the active key.
        long current = reEncryption.valuesPerKey().getOrDefault("test-2", 0L);
        for (int i = 0; i < 1234; i++) {
            insert(oldKeyCipher.encrypt("probe.secret", "1380013" + String.format("%04d", i)));
        }
        insert(cipher.encrypt("probe.secret", "already current"));
        insert(null);
        assertThat(reEncryption.valuesPerKey()).isEqualTo(Map.of("test-1", 1234L, "test-2", current + 1));

        ReEncryptionJob job = reEncryption.start(100, "rotation drill", "admin");
        ReEncryptionJob done = awaitEnd(job.id());

        assertThat(done.status()).isEqualTo(ReEncryptionJob.Status.COMPLETED);
        assertThat(done.valuesSeen()).isEqualTo(1234);
        assertThat(done.valuesRewritten()).isEqualTo(1234);
        assertThat(reEncryption.valuesPerKey()).isEqualTo(Map.of("test-2", current + 1235));
        List<String> plain = jdbc.sql("select secret from crypto_probe where secret is not null order by id")
                .query(String.class).list().stream().map(v -> cipher.decrypt("probe.secret", v)).toList();
        assertThat(plain).hasSize(1235).startsWith("13800130000", "13800130001").contains("13800131233")
                .endsWith("already current");
    }

    @Test
    void stopsAtAValueNoKeyCanReadAndNamesTheRowButNotTheValue() {
        insert(oldKeyCipher.encrypt("probe.secret", "13900000001"));
        long broken = insert("v1:retired-key:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        ReEncryptionJob done = awaitEnd(reEncryption.start(10, "rotation drill", "admin").id());

        assertThat(done.status()).isEqualTo(ReEncryptionJob.Status.FAILED);
        assertThat(done.failure()).contains("crypto_probe.secret", "row " + broken, "retired-key")
                .doesNotContain("13900000001");
        assertThat(reEncryption.keys()).as("values under a key that left the ring are shown, flagged")
                .contains(new KeyView("retired-key", false, 1, false));
    }

    @Test
    void onlyOneRunAtATime() {
        long first = jobs.start("test-2", 10, "first", "admin");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reEncryption.start(10, "second", "admin"))
                    .isInstanceOf(org.kefu.platform.ConflictException.class);
        } finally {
            jobs.finish(first, ReEncryptionJob.Status.COMPLETED, null);
        }
    }

    private long insert(String envelope) {
        return jdbc.sql("insert into crypto_probe (secret) values (?) returning id").param(envelope)
                .query(Long.class).single();
    }

    private ReEncryptionJob awaitEnd(long id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !jobs.find(id).orElseThrow().running());
        return jobs.find(id).orElseThrow();
    }
}
