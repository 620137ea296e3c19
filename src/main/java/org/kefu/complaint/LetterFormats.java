package org.kefu.complaint;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and amounts as a letter in the customer's language writes them (2026年11月30日 / 30 November 2026,
 * ¥1,234.50 / CNY 1,234.50). The frozen variables keep ISO values; only the letter formats them.
 */
final class LetterFormats {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final boolean english;

    LetterFormats(Locale locale) {
        this.english = "en".equals(locale.getLanguage());
    }

    public String date(Object isoDate) {
        if (isoDate == null) {
            return "";
        }
        LocalDate d = LocalDate.parse(isoDate.toString().substring(0, 10));
        return english ? EN.format(d) : ZH.format(d);
    }

    public String money(Object amount) {
        BigDecimal value = amount == null ? BigDecimal.ZERO : new BigDecimal(amount.toString());
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        f.setGroupingUsed(true);
        return (english ? "CNY " : "¥") + f.format(value);
    }
}
