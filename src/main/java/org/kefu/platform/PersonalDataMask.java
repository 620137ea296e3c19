package org.kefu.platform;

import java.util.Objects;

/**
 * Masks personal financial information for display according to its {@link InfoClass}.
 *
 * <p>Standard formats keep the parts agents and customers use to recognise a value (the last digits of a
 * card, the region of an ID number). Anything shorter or odder than expected is treated with suspicion:
 * it never throws and never reveals more than half of its characters, because a truncated or mistyped
 * value is exactly where a fixed "keep 4 + 4" rule would reveal everything. The only formats allowed past
 * the half rule are the industry conventions for an 11-digit mainland mobile number (3 + 4) and a
 * 13 to 19 digit card number (6 + 4).
 *
 * <p>Characters are counted as Unicode code points, so rare CJK characters outside the BMP in a name
 * are starred as one character. {@code null} is returned as {@code null}.
 */
public final class PersonalDataMask {

    /** What a C2 value is, which decides how it is masked. */
    public enum Kind { ID_NUMBER, MOBILE, BANK_CARD, EMAIL, NAME, ADDRESS }

    /** Fixed-width stand-in for C3 values, so the display does not leak a password's length. */
    public static final String HIDDEN = "******";

    private static final String ADDRESS_TAIL = "****";

    private PersonalDataMask() {
    }

    /** C3 is always {@link #HIDDEN}, C2 is masked as {@code kind}, C1 is returned unchanged. */
    public static String mask(InfoClass cls, String value, Kind kind) {
        Objects.requireNonNull(cls, "cls");
        Objects.requireNonNull(kind, "kind");
        if (value == null) {
            return null;
        }
        return switch (cls) {
            case C3 -> HIDDEN;
            case C2 -> switch (kind) {
                case ID_NUMBER -> idNumber(value);
                case MOBILE -> mobile(value);
                case BANK_CARD -> bankCard(value);
                case EMAIL -> email(value);
                case NAME -> name(value);
                case ADDRESS -> address(value);
            };
            case C1 -> value;
        };
    }

    /** {@code "110101199003071234"} → {@code "1101**********1234"}. */
    public static String idNumber(String value) {
        return value == null ? null : keepEnds(compact(value), 4, 4, false);
    }

    /** {@code "13800138000"} and {@code "+86 138-0013-8000"} → {@code "138****8000"}; others keep the last 4. */
    public static String mobile(String value) {
        if (value == null) {
            return null;
        }
        String number = compact(value);
        if (number.startsWith("+86")) {
            number = number.substring(3);
        }
        if (number.length() == 11 && isDigits(number)) {
            return keepEnds(number, 3, 4, true);
        }
        return keepEnds(number, 0, 4, false);
    }

    /** {@code "6222 0212 3456 7890 123"} → {@code "622202*********0123"}. */
    public static String bankCard(String value) {
        if (value == null) {
            return null;
        }
        String number = compact(value);
        boolean cardNumber = number.length() >= 13 && number.length() <= 19 && isDigits(number);
        return keepEnds(number, 6, 4, cardNumber);
    }

    /** {@code "zhang.san@example.com"} → {@code "z********@example.com"}: the domain stays, it identifies no one. */
    public static String email(String value) {
        if (value == null) {
            return null;
        }
        String address = value.strip();
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return keepEnds(address, 1, 0, false);
        }
        return keepEnds(address.substring(0, at), 1, 0, false) + address.substring(at);
    }

    /** {@code "张三丰"} → {@code "张**"}, {@code "Zhang San"} → {@code "Z********"}. */
    public static String name(String value) {
        return value == null ? null : keepEnds(value.strip(), 1, 0, false);
    }

    /** Keeps the first 6 characters (the city and district, at most half) and a fixed {@code "****"}. */
    public static String address(String value) {
        if (value == null) {
            return null;
        }
        String address = value.strip();
        int length = address.codePointCount(0, address.length());
        if (length == 0) {
            return address;
        }
        int keep = Math.min(6, length / 2);
        return address.substring(0, address.offsetByCodePoints(0, keep)) + ADDRESS_TAIL;
    }

    /**
     * Shows {@code head} leading and {@code tail} trailing characters with a star for each hidden one, or
     * stars everything if that would show more than half (unless {@code standardFormat} vouches for it).
     */
    private static String keepEnds(String value, int head, int tail, boolean standardFormat) {
        int length = value.codePointCount(0, value.length());
        boolean fitsHalf = 2 * (head + tail) <= length;
        if (!standardFormat && !fitsHalf || head + tail >= length) {
            return "*".repeat(length);
        }
        int hiddenFrom = value.offsetByCodePoints(0, head);
        int hiddenTo = value.offsetByCodePoints(value.length(), -tail);
        return value.substring(0, hiddenFrom) + "*".repeat(length - head - tail) + value.substring(hiddenTo);
    }

    /** Spaces and dashes are formatting, not data; dropping them stops them from revealing the grouping. */
    private static String compact(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return !value.isEmpty();
    }
}
