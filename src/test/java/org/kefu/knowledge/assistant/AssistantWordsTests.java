package org.kefu.knowledge.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Digits as Chinese input methods type them (full width) are read and masked like ASCII ones (no Spring). */
class AssistantWordsTests {

    @Test
    void fullWidthDigitsAreMaskedInTranscripts() {
        assertThat(TranscriptMask.mask("我的身份证号是１１０１０１１９９００３０７１２３４"))
                .isEqualTo("我的身份证号是******************");
        assertThat(TranscriptMask.mask("手机 １３８ ００１３ ８０００，卡尾号٥٦٧٨")).isEqualTo("手机 ***********，卡尾号****");
        // A case number typed in full width is still the customer's reference.
        assertThat(TranscriptMask.mask("ＫＦ－２０２６１１２７－００００４２")).isEqualTo("KF-20261127-000042");
    }

    @Test
    void fullWidthDigitsAreUnderstood() {
        assertThat(CustomerWords.lastFour("１２３４")).isEqualTo("1234");
        assertThat(CustomerWords.lastFour("１２ ３４")).isEqualTo("1234");
        assertThat(CustomerWords.mobile("１３８００１３８０００")).isEqualTo("13800138000");
        assertThat(CustomerWords.mobile("１３８－００１３－８０００")).isEqualTo("13800138000");
        assertThat(CustomerWords.caseNumber("我的单号 ＫＦ－２０２６１１２７－００００４２")).isEqualTo("KF-20261127-000042");
        assertThat(CustomerWords.choice("２")).isEqualTo(1);
        // Still exactly four digits, still a mainland mobile.
        assertThat(CustomerWords.lastFour("１２３")).isNull();
        assertThat(CustomerWords.mobile("１２３４５６７８９０１")).isNull();
    }
}
