package org.kefu.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import java.time.Duration;

/**
 * The languages Kefu speaks. A visitor's choice (the switch in the header) is kept in a cookie;
 * without one, the browser's Accept-Language decides between Chinese and English, and anything else
 * gets Chinese, the language of the institutions Kefu serves.
 */
final class Languages extends CookieLocaleResolver {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;
    static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
    static final String COOKIE = "kefu-lang";

    Languages() {
        super(COOKIE);
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
        setCookieMaxAge(Duration.ofDays(365));
        setDefaultLocaleFunction(request -> fromAcceptLanguage(request.getHeader("Accept-Language")));
    }

    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Locale supported = supported(range.getRange());
                if (supported != null) {
                    return supported;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
        return CHINESE;
    }

    /** zh, zh-CN, zh-Hans… → Chinese; en, en-GB… → English; anything else → null. */
    static Locale supported(String tag) {
        String language = tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return switch (language) {
            case "zh" -> CHINESE;
            case "en" -> ENGLISH;
            default -> null;
        };
    }

    /** A switch to a language we do not have is ignored rather than stored. */
    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
                                 LocaleContext localeContext) {
        Locale wanted = localeContext != null ? localeContext.getLocale() : null;
        Locale supported = wanted != null ? supported(wanted.toLanguageTag()) : null;
        if (supported != null) {
            super.setLocaleContext(request, response, new SimpleLocaleContext(supported));
        }
    }
}
