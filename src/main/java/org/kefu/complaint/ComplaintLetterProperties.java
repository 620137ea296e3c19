package org.kefu.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the complaint letters. Every text here is frozen into a letter when it is issued, so changing
 * a setting changes the letters issued afterwards, never one already sent.
 *
 * @param fontPath    a TrueType/OpenType font (.ttf, .otf with TrueType outlines, or the first face of a
 *                    .ttc) to use instead of the bundled WenQuanYi Micro Hei subset, e.g. a bank's licensed
 *                    font; empty = the bundled one
 * @param institution the issuing institution in the letterhead, in Chinese and English
 * @param hotline     the regulator's consumer hotline sentence at the end of a decision letter
 */
@ConfigurationProperties("kefu.complaint.letters")
record ComplaintLetterProperties(String fontPath, Localised institution, Localised hotline) {

    static final Localised DEFAULT_INSTITUTION = new Localised("Kefu 示范银行", "Kefu Demo Bank");
    static final Localised DEFAULT_HOTLINE = new Localised(
            "您也可以拨打国家金融监督管理总局金融消费者投诉维权热线 12378 反映。",
            "You may also call the consumer complaint hotline 12378 of the National Financial Regulatory"
                    + " Administration.");

    ComplaintLetterProperties {
        fontPath = fontPath == null || fontPath.isBlank() ? null : fontPath.strip();
        institution = Localised.orDefault(institution, DEFAULT_INSTITUTION);
        hotline = Localised.orDefault(hotline, DEFAULT_HOTLINE);
    }

    /** A text in both letter languages. */
    record Localised(String zh, String en) {

        static Localised orDefault(Localised given, Localised fallback) {
            if (given == null) {
                return fallback;
            }
            return new Localised(blank(given.zh()) ? fallback.zh() : given.zh(),
                    blank(given.en()) ? fallback.en() : given.en());
        }

        String in(String languageTag) {
            return "en".equals(languageTag) ? en : zh;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
