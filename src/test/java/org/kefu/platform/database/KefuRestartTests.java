package org.kefu.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.KefuApplication;
import org.kefu.platform.DatabaseMode;
import org.kefu.platform.FieldCipher;
import org.kefu.platform.crypto.MissingKeyringException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.Arrays;
import java.util.stream.Stream;

/** Whole Kefu starts, as a developer and an operator run it: on its own database, and on theirs. */
class KefuRestartTests {

    @TempDir
    Path dataDir;

    @Test
    void whatWasWrittenBeforeARestartIsReadableAfterIt() {
        String envelope;
        try (ConfigurableApplicationContext first = start("--kefu.data-dir=" + dataDir)) {
            assertThat(first.getBean(DatabaseMode.class)).isEqualTo(DatabaseMode.EMBEDDED);
            envelope = first.getBean(FieldCipher.class).encrypt("memo.text", "重启前写入的客户备注");
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            jdbc.sql("create table memo (id int primary key, text text)").update();
            jdbc.sql("insert into memo values (1, ?)").param(envelope).update();
        }
        assertThat(dataDir.resolve("keys/keyring.properties")).as("development keyring kept for the next start")
                .exists();

        try (ConfigurableApplicationContext second = start("--kefu.data-dir=" + dataDir)) {
            String stored = second.getBean(JdbcClient.class).sql("select text from memo where id = 1")
                    .query(String.class).single();
            assertThat(stored).isEqualTo(envelope);
            assertThat(second.getBean(FieldCipher.class).decrypt("memo.text", stored)).isEqualTo("重启前写入的客户备注");
        }
    }

    @Test
    void refusesToStartWhenTheDevelopmentKeyringWasLostAndGeneratedAnew() throws Exception {
        start("--kefu.data-dir=" + dataDir).close();
        Files.delete(dataDir.resolve("keys/keyring.properties"));
        assertThatThrownBy(() -> start("--kefu.data-dir=" + dataDir).close())
                .isInstanceOf(org.kefu.platform.crypto.KeyringMismatchException.class)
                .hasMessageContaining("dev-1");
    }

    @Test
    void usesAnExternalDatabaseWhenOneIsConfiguredAndThenNeedsRealKeys() throws Exception {
        Path kefuDir = Files.createDirectories(dataDir.resolve("kefu"));
        try (EmbeddedDatabase bank = EmbeddedDatabase.start(dataDir.resolve("bank"), false, 0, "bank",
                Duration.ofSeconds(60))) {
            String url = "--spring.datasource.url=" + bank.jdbcUrl();
            String user = "--spring.datasource.username=" + bank.username();

            assertThatThrownBy(() -> start(url, user, "--kefu.data-dir=" + kefuDir).close())
                    .hasRootCauseInstanceOf(MissingKeyringException.class)
                    .rootCause().hasMessageContaining("KEFU_CRYPTO_KEYRING");
            assertThat(kefuDir.resolve("keys")).as("no development keyring for a real database").doesNotExist();
            assertThat(kefuDir.resolve("pg")).as("no embedded database either").doesNotExist();

            try (ConfigurableApplicationContext kefu = start(url, user, "--kefu.data-dir=" + kefuDir,
                    "--kefu.crypto.keyring=ops-2026:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                    "--kefu.crypto.blind-index-key=QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=")) {
                assertThat(kefu.getBean(DatabaseMode.class)).isEqualTo(DatabaseMode.EXTERNAL);
                assertThat(kefu.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
                assertThat(kefu.getBean(JdbcClient.class).sql("select count(*) from app_user").query(Long.class)
                        .single()).as("no demo data on a real database").isZero();
                assertThat(kefu.getBean(JdbcClient.class).sql("select current_database()").query(String.class)
                        .single()).isEqualTo("bank");
                assertThat(kefu.getBean(JdbcClient.class).sql("select count(*) from flyway_schema_history where success")
                        .query(Long.class).single()).isPositive();
            }
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = Stream.concat(Stream.of("--server.port=0"),
                Arrays.stream(args)).toArray(String[]::new);
        return new SpringApplicationBuilder(KefuApplication.class).run(all);
    }
}
