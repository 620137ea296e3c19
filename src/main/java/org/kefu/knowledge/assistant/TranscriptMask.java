package org.kefu.knowledge.assistant;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what may be personal data before a text is stored in a transcript: every run of four or more
 * digits (spaces and dashes between them count) — card numbers, their last four digits, mobiles, ID
 * numbers. Case numbers are kept: they are the customer's reference, not personal data. Years and amounts
 * of four digits are masked too; a transcript loses little by it. Digits, letters and dashes are
 * NFKC-normalised first, so full-width ones (１３８… or ＫＦ－…, as Chinese input methods type them) are
 * masked (or kept, for case numbers) like ASCII ones; the rest of the text (Chinese punctuation such as the full-width comma) is left
 * as written, so the transcript still reads as the customer wrote it.
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
        text = alphanumerics(text);
        StringBuilder out = new StringBuilder();
        Matcher numbers = CASE_NUMBER.matcher(text);
        int from = 0;
        while (numbers.find()) {
            out.append(digits(text.substring(from, numbers.start()))).append(numbers.group());
            from = numbers.end();
        }
        return out.append(digits(text.substring(from))).toString();
    }

    /** NFKC of the characters that become an ASCII digit, letter or dash (any other Unicode digit too). */
    static String alphanumerics(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String nfkc = cp < 0x80 ? null : Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
            if (nfkc != null && nfkc.length() == 1 && nfkc.matches("[0-9A-Za-z-]")) {
                out.append(nfkc);
            } else if (cp >= 0x80 && Character.isDigit(cp)) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String digits(String part) {
        return DIGITS.matcher(part).replaceAll(m -> "*".repeat(m.group().replaceAll("[\\s-]", "").length()));
    }
}
