package org.kefu.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class KeyringTest {

    private final String k1 = TestKeys.base64Key();
    private final String k2 = TestKeys.base64Key();
    private final String indexKey = TestKeys.base64Key();

    @Test
    void parsesKeysInOrderWithTheActiveOne() {
        Keyring keyring = Keyring.parse(" k1:" + k1 + " , k2:" + k2 + " ", "k1", indexKey);

        assertThat(keyring.keyIds()).containsExactly("k1", "k2");
        assertThat(keyring.activeKeyId()).isEqualTo("k1");
    }

    @Test
    void toStringShowsIdsButNoKeys() {
        Keyring keyring = Keyring.parse("k1:" + k1 + ",k2:" + k2, null, indexKey);

        assertThat(keyring.toString()).contains("k1", "k2").doesNotContain(k1, k2, indexKey);
    }

    @Test
    void survivesAPropertiesRoundTrip() {
        Keyring keyring = Keyring.parse("k1:" + k1 + ",k2:" + k2, "k1", indexKey);
        Properties properties = keyring.toProperties();

        assertThat(properties.getProperty("kefu.crypto.keyring")).isEqualTo("k1:" + k1 + ",k2:" + k2);
        assertThat(properties.getProperty("kefu.crypto.active-key")).isEqualTo("k1");
        assertThat(properties.getProperty("kefu.crypto.blind-index-key")).isEqualTo(indexKey);
        assertThat(Keyring.fromProperties(properties).toProperties()).isEqualTo(properties);
    }

    @Test
    void generatesARandomKeyringWithTheGivenId() {
        Keyring keyring = Keyring.generate("dev-1");

        assertThat(keyring.keyIds()).containsExactly("dev-1");
        assertThat(keyring.activeKeyId()).isEqualTo("dev-1");
        assertThat(keyring.toProperties()).isNotEqualTo(Keyring.generate("dev-1").toProperties());
    }

    @Test
    void rejectsAKeyOfTheWrongLength() {
        String shortKey = TestKeys.base64Key(16);

        assertThatThrownBy(() -> Keyring.parse("k1:" + shortKey, "", indexKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'k1'").hasMessageContaining("16 bytes").hasMessageContaining("32")
                .hasMessageNotContaining(shortKey);
    }

    @Test
    void rejectsABlindIndexKeyOfTheWrongLength() {
        String longKey = TestKeys.base64Key(64);

        assertThatThrownBy(() -> Keyring.parse("k1:" + k1, "", longKey))
                .hasMessageContaining("kefu.crypto.blind-index-key").hasMessageContaining("64 bytes")
                .hasMessageNotContaining(longKey).hasMessageNotContaining(k1);
    }

    @Test
    void rejectsAnUnknownActiveKey() {
        assertThatThrownBy(() -> Keyring.parse("k1:" + k1 + ",k2:" + k2, "k3", indexKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kefu.crypto.active-key is 'k3'").hasMessageContaining("[k1, k2]")
                .hasMessageNotContaining(k1).hasMessageNotContaining(k2);
    }

    @Test
    void rejectsADuplicateId() {
        assertThatThrownBy(() -> Keyring.parse("k1:" + k1 + ",k1:" + k2, "", indexKey))
                .hasMessageContaining("'k1' appears twice")
                .hasMessageNotContaining(k1).hasMessageNotContaining(k2);
    }

    @Test
    void rejectsBadBase64WithoutQuotingIt() {
        String bad = "k1:" + k1.substring(0, 20) + "!!" + k1.substring(22);

        assertThatThrownBy(() -> Keyring.parse(bad, "", indexKey))
                .hasMessageContaining("'k1'").hasMessageContaining("not valid standard base64")
                .hasMessageNotContaining(k1.substring(0, 20))
                .hasNoCause();
    }

    @Test
    void rejectsAnEntryWithoutIdWithoutQuotingIt() {
        assertThatThrownBy(() -> Keyring.parse("k1:" + k1 + "," + k2, "", indexKey))
                .hasMessageContaining("Entry 2").hasMessageContaining("id:BASE64")
                .hasMessageNotContaining(k2).hasMessageNotContaining(k1);
    }

    @Test
    void rejectsAnInvalidIdWithoutQuotingIt() {
        assertThatThrownBy(() -> Keyring.parse("bad id!:" + k1, "", indexKey))
                .hasMessageContaining("[A-Za-z0-9_-]{1,32}").hasMessageNotContaining("bad id!")
                .hasMessageNotContaining(k1);
        assertThatThrownBy(() -> Keyring.parse("k".repeat(33) + ":" + k1, "", indexKey))
                .hasMessageContaining("invalid");
    }

    @Test
    void rejectsMissingValues() {
        assertThatThrownBy(() -> Keyring.parse(" ", "", indexKey)).hasMessageContaining("kefu.crypto.keyring is not set");
        assertThatThrownBy(() -> Keyring.parse("k1:" + k1, "", null))
                .hasMessageContaining("kefu.crypto.blind-index-key is not set").hasMessageNotContaining(k1);
    }

    @Test
    void rejectsReusingAnEncryptionKeyAsTheBlindIndexKey() {
        assertThatThrownBy(() -> Keyring.parse("k1:" + k1, "", k1))
                .hasMessageContaining("must differ").hasMessageNotContaining(k1);
    }
}
