package org.kefu.portal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Case numbers as customers type them: spaces around, lower case. */
final class CaseNumbers {

    private static final Pattern NUMBER = Pattern.compile("KF-\\d{8}-\\d{6}");

    private CaseNumbers() {
    }

    /** The number in its stored form, or null if it cannot be one. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String number = typed.strip().toUpperCase(Locale.ROOT);
        return NUMBER.matcher(number).matches() ? number : null;
    }
}
