package org.kefu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTests {

    @ParameterizedTest(name = "Accept-Language \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "zh-CN,zh;q=0.9,en;q=0.8 | zh-CN",
            "zh-TW                   | zh-CN",
            "zh-Hans-CN              | zh-CN",
            "en-US,en;q=0.9          | en",
            "en-GB                   | en",
            "fr-FR,en;q=0.5          | en",
            "fr-FR,de;q=0.5          | zh-CN",
            "de;q=0.9,zh;q=0.8       | zh-CN",
            "en;q=0.1,zh;q=0.9       | zh-CN",
            "''                      | zh-CN",
            "%%%not a header%%%      | zh-CN"})
    void choosesChineseOrEnglishFromTheBrowser(String header, String expected) {
        assertThat(Languages.fromAcceptLanguage(header)).isEqualTo(Locale.forLanguageTag(expected));
    }
}
