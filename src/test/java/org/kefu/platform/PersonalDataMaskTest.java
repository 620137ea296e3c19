package org.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.kefu.platform.PersonalDataMask.Kind;

class PersonalDataMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "110101199003071234 | 1101**********1234",
            "11010119900307123X | 1101**********123X",
            "1101-0119-9003-0712-34 | 1101**********1234",
            "1234 | ****",
            "12345678901234 | **************",
            "1234567890123456 | 1234********3456"})
    void idNumber(String value, String expected) {
        assertThat(PersonalDataMask.idNumber(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13800138000 | 138****8000",
            "+8613800138000 | 138****8000",
            "+86 138 0013 8000 | 138****8000",
            "138-0013-8000 | 138****8000",
            "85212345678 | 852****5678",
            "+85291234567 | ********4567",
            "12345678 | ****5678",
            "1234567 | *******",
            "8000 | ****",
            "1 | *"})
    void mobile(String value, String expected) {
        assertThat(PersonalDataMask.mobile(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "6222021234567890123 | 622202*********0123",
            "6222 0212 3456 7890 123 | 622202*********0123",
            "6222021234567890 | 622202******7890",
            "622202123456 | ************",
            "0123 | ****"})
    void bankCard(String value, String expected) {
        assertThat(PersonalDataMask.bankCard(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zhang.san@example.com | z********@example.com",
            "ab@example.com | a*@example.com",
            "a@example.com | *@example.com",
            "@example.com | @example.com",
            "not-an-email | n***********"})
    void email(String value, String expected) {
        assertThat(PersonalDataMask.email(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "张三丰 | 张**",
            "张三 | 张*",
            "张 | *",
            "Zhang San | Z********",
            "𠀀三 | 𠀀*",
            "欧阳娜娜 | 欧***"})
    void name(String value, String expected) {
        assertThat(PersonalDataMask.name(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "北京市海淀区中关村大街1号 | 北京市海淀区****",
            "北京市海淀区 | 北京市****",
            "上海 | 上****",
            "上 | ****"})
    void address(String value, String expected) {
        assertThat(PersonalDataMask.address(value)).isEqualTo(expected);
    }

    @Test
    void emptyInputRevealsNothingAndDoesNotThrow() {
        assertThat(PersonalDataMask.idNumber("")).isEmpty();
        assertThat(PersonalDataMask.mobile("")).isEmpty();
        assertThat(PersonalDataMask.bankCard("")).isEmpty();
        assertThat(PersonalDataMask.email("")).isEmpty();
        assertThat(PersonalDataMask.name("")).isEmpty();
        assertThat(PersonalDataMask.address("")).isEmpty();
    }

    @Test
    void nullStaysNull() {
        assertThat(PersonalDataMask.idNumber(null)).isNull();
        assertThat(PersonalDataMask.mobile(null)).isNull();
        assertThat(PersonalDataMask.bankCard(null)).isNull();
        assertThat(PersonalDataMask.email(null)).isNull();
        assertThat(PersonalDataMask.name(null)).isNull();
        assertThat(PersonalDataMask.address(null)).isNull();
        assertThat(PersonalDataMask.mask(InfoClass.C3, null, Kind.NAME)).isNull();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void authenticationInformationIsNeverShownNorItsLength(Kind kind) {
        assertThat(PersonalDataMask.mask(InfoClass.C3, "1", kind)).isEqualTo("******");
        assertThat(PersonalDataMask.mask(InfoClass.C3, "a-much-longer-password-123", kind)).isEqualTo("******");
    }

    @Test
    void identifyingInformationIsMaskedByKindAndOtherInformationIsShown() {
        assertThat(PersonalDataMask.mask(InfoClass.C2, "13800138000", Kind.MOBILE)).isEqualTo("138****8000");
        assertThat(PersonalDataMask.mask(InfoClass.C2, "110101199003071234", Kind.ID_NUMBER))
                .isEqualTo("1101**********1234");
        assertThat(PersonalDataMask.mask(InfoClass.C2, "张三丰", Kind.NAME)).isEqualTo("张**");
        assertThat(PersonalDataMask.mask(InfoClass.C1, "北京分行", Kind.ADDRESS)).isEqualTo("北京分行");
    }
}
