package org.kefu.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.platform.DatabaseMode;

class KeyringSourceTest {

    @TempDir
    Path dataDir;

    @Test
    void embeddedGeneratesADevelopmentKeyringOnceAndReusesIt() throws IOException {
        Path file = dataDir.resolve("keys/keyring.properties");

        Keyring first = new KeyringSource(null, null, null, DatabaseMode.EMBEDDED, dataDir).load();
        String written = Files.readString(file);
        Keyring second = new KeyringSource("", " ", null, DatabaseMode.EMBEDDED, dataDir).load();

        assertThat(first.activeKeyId()).isEqualTo("dev-1");
        assertThat(second.toProperties()).isEqualTo(first.toProperties());
        assertThat(Files.readString(file)).isEqualTo(written);
        assertThat(written).contains("kefu.crypto.keyring=dev-1:", "Never use with real customer data");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void developmentKeyringIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"));

        new KeyringSource(null, null, null, DatabaseMode.EMBEDDED, dataDir).load();

        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve("keys/keyring.properties")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve("keys")))).isEqualTo("rwx------");
    }

    @Test
    void configurationWinsEvenOnAnEmbeddedDatabase() {
        String key = TestKeys.base64Key();

        Keyring keyring = new KeyringSource("prod-1:" + key, null, TestKeys.base64Key(), DatabaseMode.EMBEDDED,
                dataDir).load();

        assertThat(keyring.keyIds()).containsExactly("prod-1");
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void externalWithoutKeyringRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> new KeyringSource(null, "", null, DatabaseMode.EXTERNAL, dataDir).load())
                .isInstanceOf(MissingKeyringException.class)
                .hasMessageContaining("KEFU_CRYPTO_KEYRING")
                .hasMessageContaining("KEFU_CRYPTO_ACTIVE_KEY")
                .hasMessageContaining("KEFU_CRYPTO_BLIND_INDEX_KEY")
                .hasMessageContaining("openssl rand -base64 32");
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void halfAConfigurationIsNotHiddenByADevelopmentKeyring() {
        assertThatThrownBy(() -> new KeyringSource(null, null, TestKeys.base64Key(), DatabaseMode.EMBEDDED, dataDir)
                .load())
                .isInstanceOf(MissingKeyringException.class)
                .hasMessageContaining("kefu.crypto.blind-index-key is");
    }

    @Test
    void failureAnalysisSeparatesTheProblemFromTheFix() {
        MissingKeyringException failure = new MissingKeyringException("no keyring");

        var analysis = new MissingKeyringFailureAnalyzer().analyze(new IllegalStateException("wrapper", failure));

        assertThat(analysis.getDescription()).isEqualTo("no keyring");
        assertThat(analysis.getAction()).contains("KEFU_CRYPTO_KEYRING", "openssl rand -base64 32");
        assertThat(analysis.getCause()).isSameAs(failure);
    }
}
