package org.kefu.knowledge;

import java.util.Locale;
import java.util.Optional;

/** The two languages knowledge is written and asked in. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code zh}, {@code zh-CN}, {@code en}, {@code en-GB} …; empty for anything else. */
    public static Optional<Language> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "zh" -> Optional.of(ZH);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** The language of a locale, Chinese unless it is English (Kefu's default). */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : ZH;
    }
}
