package org.kefu.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One question of a template. Likert answers are 1-5, yes/no answers 1 (yes) or 0 (no); both are scored
 * and carry a weight and an indicator. Free text is never scored.
 */
record SurveyQuestion(long id, int position, String type, String textZh, String textEn, BigDecimal weight,
                      String indicator, boolean required) {

    static final String LIKERT = "likert";
    static final String YES_NO = "yes_no";
    static final String TEXT = "text";
    static final List<String> TYPES = List.of(LIKERT, YES_NO, TEXT);
    static final String OVERALL = "overall";
    static final List<String> INDICATORS = List.of("timeliness", "professionalism", "attitude",
            "process_completeness", OVERALL);

    boolean scored() {
        return !TEXT.equals(type);
    }

    String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textZh;
    }

    /** The values a radio offers, best last. */
    List<Integer> values() {
        return switch (type) {
            case LIKERT -> List.of(1, 2, 3, 4, 5);
            case YES_NO -> List.of(1, 0);
            default -> List.of();
        };
    }
}
