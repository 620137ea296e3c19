package org.kefu.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kefu.platform.BlindIndex;

class HmacBlindIndexTest {

    private final Keyring keyring = Keyring.generate("k1");
    private final BlindIndex index = new HmacBlindIndex(keyring);

    @Test
    void equalNormalizedValuesGiveEqualIndexes() {
        String id = index.of("customer.id-number", "110101199003071234");

        assertThat(index.of("customer.id-number", " 11010119900307123 4")).isEqualTo(id);
        assertThat(index.of("customer.id-number", "１１０１０１１９９００３０７１２３４")).isEqualTo(id);
        assertThat(index.of("customer.id-number", "11010119900307123x"))
                .isEqualTo(index.of("customer.id-number", "11010119900307123X"));
        assertThat(index.of("customer.mobile", "138 0013-8000"))
                .isEqualTo(index.of("customer.mobile", "13800138000"));
    }

    @Test
    void differentValuesFieldsAndKeysGiveDifferentIndexes() {
        String id = index.of("customer.id-number", "110101199003071234");

        assertThat(index.of("customer.id-number", "110101199003071235")).isNotEqualTo(id);
        assertThat(index.of("customer.mobile", "110101199003071234")).isNotEqualTo(id);
        assertThat(new HmacBlindIndex(Keyring.generate("k1")).of("customer.id-number", "110101199003071234"))
                .isNotEqualTo(id);
    }

    @Test
    void isNotTiedToTheEncryptionKeysSoRotationKeepsIndexesStable() {
        Keyring rotated = Keyring.parse(keyring.toProperties().getProperty(Keyring.KEYRING_PROPERTY)
                + ",k2:" + TestKeys.base64Key(), "k2",
                keyring.toProperties().getProperty(Keyring.BLIND_INDEX_KEY_PROPERTY));

        assertThat(new HmacBlindIndex(rotated).of("customer.mobile", "13800138000"))
                .isEqualTo(index.of("customer.mobile", "13800138000"));
    }

    @Test
    void isSixtyFourLowercaseHexCharacters() {
        assertThat(index.of("customer.mobile", "13800138000")).matches("[0-9a-f]{64}");
    }

    @Test
    void nullStaysNull() {
        assertThat(index.of("customer.mobile", null)).isNull();
    }
}
