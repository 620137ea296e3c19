package org.kefu.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kefu.platform.FieldCipher;
import org.kefu.platform.FieldDecryptionException;

class KeyRotationTest {

    private static final String FIELD = "customer.id-number";

    private final String k1 = TestKeys.base64Key();
    private final String k2 = TestKeys.base64Key();
    private final String indexKey = TestKeys.base64Key();

    @Test
    void oldEnvelopesStayReadableAndAreReportedAsNotCurrentUntilReEncrypted() {
        FieldCipher before = new AesGcmFieldCipher(Keyring.parse("k1:" + k1, "", indexKey));
        String old = before.encrypt(FIELD, "110101199003071234");

        FieldCipher after = new AesGcmFieldCipher(Keyring.parse("k1:" + k1 + ",k2:" + k2, "k2", indexKey));

        assertThat(after.decrypt(FIELD, old)).isEqualTo("110101199003071234");
        assertThat(after.keyIdOf(old)).isEqualTo("k1");
        assertThat(after.isCurrent(old)).isFalse();

        String reEncrypted = after.encrypt(FIELD, after.decrypt(FIELD, old));

        assertThat(after.isCurrent(reEncrypted)).isTrue();
        assertThat(after.keyIdOf(reEncrypted)).isEqualTo("k2");
        assertThat(after.decrypt(FIELD, reEncrypted)).isEqualTo("110101199003071234");
    }

    @Test
    void activeKeyDefaultsToTheLastListed() {
        assertThat(new AesGcmFieldCipher(Keyring.parse("k1:" + k1 + ",k2:" + k2, " ", indexKey)).activeKeyId())
                .isEqualTo("k2");
    }

    @Test
    void removingAKeyTooEarlyNamesTheMissingKey() {
        String old = new AesGcmFieldCipher(Keyring.parse("k1:" + k1, "k1", indexKey)).encrypt(FIELD, "secret");
        FieldCipher withoutK1 = new AesGcmFieldCipher(Keyring.parse("k2:" + k2, "k2", indexKey));

        assertThatThrownBy(() -> withoutK1.decrypt(FIELD, old))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("'k1'")
                .hasMessageContaining("not in the keyring")
                .hasMessageNotContaining("secret")
                .satisfies(e -> assertThat(((FieldDecryptionException) e).keyId()).isEqualTo("k1"));
    }
}
