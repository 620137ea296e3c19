package org.kefu.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kefu.platform.FieldCipher;
import org.kefu.platform.FieldDecryptionException;

class AesGcmFieldCipherTest {

    private static final String FIELD = "customer.mobile";

    private final FieldCipher cipher = new AesGcmFieldCipher(Keyring.generate("k1"));

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "张三丰，北京市海淀区中关村大街1号 𠀀", ""})
    void roundTrips(String plaintext) {
        String envelope = cipher.encrypt(FIELD, plaintext);

        assertThat(envelope).startsWith("v1:k1:");
        assertThat(cipher.decrypt(FIELD, envelope)).isEqualTo(plaintext);
    }

    @Test
    void roundTripsTenKilobytes() {
        String plaintext = "客服记录-0123456789abcdef".repeat(500).substring(0, 10_240);

        assertThat(cipher.decrypt(FIELD, cipher.encrypt(FIELD, plaintext))).isEqualTo(plaintext);
    }

    @Test
    void envelopeIsVersionKeyIdAndUnpaddedBase64urlOfNonceCiphertextAndTag() {
        String envelope = cipher.encrypt(FIELD, "x".repeat(32));
        String payload = envelope.substring("v1:k1:".length());

        assertThat(payload).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(payload)).hasSize(12 + 32 + 16);
    }

    @Test
    void encryptingTheSameValueTwiceGivesDifferentEnvelopes() {
        assertThat(cipher.encrypt(FIELD, "13800138000")).isNotEqualTo(cipher.encrypt(FIELD, "13800138000"));
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(FIELD, null)).isNull();
        assertThat(cipher.decrypt(FIELD, null)).isNull();
        assertThat(cipher.keyIdOf(null)).isNull();
    }

    @Test
    void everySingleByteChangeInThePayloadIsDetected() {
        String envelope = cipher.encrypt(FIELD, "13800138000");
        String header = "v1:k1:";
        byte[] payload = Base64.getUrlDecoder().decode(envelope.substring(header.length()));

        for (int i = 0; i < payload.length; i++) {
            byte[] tampered = payload.clone();
            tampered[i] ^= 0x01;
            String forged = header + Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
            assertThatThrownBy(() -> cipher.decrypt(FIELD, forged))
                    .as("byte %d", i)
                    .isInstanceOf(FieldDecryptionException.class)
                    .hasMessageContaining(FIELD).hasMessageContaining("k1").hasMessageNotContaining("13800138000");
        }
    }

    @Test
    void envelopeCopiedIntoAnotherFieldFailsToDecrypt() {
        String envelope = cipher.encrypt("customer.mobile", "13800138000");

        assertThatThrownBy(() -> cipher.decrypt("customer.id-number", envelope))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("customer.id-number")
                .hasMessageContaining("authentication failed");
    }

    @Test
    void relabellingTheKeyIdIsDetectedEvenWhenThatKeyCouldDecrypt() {
        // Both ids name the same key material, so only the authenticated header can catch the relabel.
        String key = TestKeys.base64Key();
        FieldCipher twoLabels = new AesGcmFieldCipher(
                Keyring.parse("k1:" + key + ",k2:" + key, "k1", TestKeys.base64Key()));
        String relabelled = twoLabels.encrypt(FIELD, "13800138000").replaceFirst("^v1:k1:", "v1:k2:");

        assertThatThrownBy(() -> twoLabels.decrypt(FIELD, relabelled))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("k2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "v2:k1:AAAA", "v1:k1", "v1::AAAA", "v1:k1:not*base64", "v1:k1:AAAA"})
    void malformedEnvelopesAreRejectedWithoutEchoingThem(String envelope) {
        assertThatThrownBy(() -> cipher.decrypt(FIELD, envelope))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining(FIELD)
                .hasMessageNotContaining(envelope);
    }

    @Test
    void reportsTheKeyIdOfAnEnvelope() {
        assertThat(cipher.keyIdOf(cipher.encrypt(FIELD, "a"))).isEqualTo("k1");
        assertThat(cipher.activeKeyId()).isEqualTo("k1");
        assertThatThrownBy(() -> cipher.keyIdOf("13800138000")).isInstanceOf(FieldDecryptionException.class);
    }
}
