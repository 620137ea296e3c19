package org.kefu.knowledge.assistant;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what may be personal data before a text is stored in a transcript: every run of four or more
 * digits (spaces and dashes between them count) — card numbers, their last four digits, mobiles, ID
 * numbers. Case numbers are kept: they are the customer's reference, not personal data. Years and amounts
 * of four digits are masked too; a transcript loses little by it. The text is NFKC-normalised first, so
 * full-width digits ("１３８…", as Chinese input methods type them) are masked like ASCII ones.
 */
final class TranscriptMask {

    private static final Pattern CASE_NUMBER = Pattern.compile("KF-\\d{8}-\\d{6}", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d(?:[\\s-]?\\d){3,}");

    private TranscriptMask() {
    }

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        Matcher numbers = CASE_NUMBER.matcher(text);
        int from = 0;
        while (numbers.find()) {
            out.append(digits(text.substring(from, numbers.start()))).append(numbers.group());
            from = numbers.end();
        }
        return out.append(digits(text.substring(from))).toString();
    }

    private static String digits(String part) {
        return DIGITS.matcher(part).replaceAll(m -> "*".repeat(m.group().replaceAll("[\\s-]", "").length()));
    }
}
