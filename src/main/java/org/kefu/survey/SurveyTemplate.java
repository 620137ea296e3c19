package org.kefu.survey;

import java.util.List;
import java.util.Locale;

/**
 * A template with its questions in order. {@code locked}: customers have answered it, so its questions
 * are fixed (stored answers keep the question they answered); its name and whether it is active may change.
 */
record SurveyTemplate(long id, String code, String nameZh, String nameEn, boolean active, int version,
                      boolean locked, List<SurveyQuestion> questions) {

    String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    boolean hasOverall() {
        return questions.stream().anyMatch(q -> SurveyQuestion.LIKERT.equals(q.type())
                && SurveyQuestion.OVERALL.equals(q.indicator()));
    }
}
