package org.kefu.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a period, in total and per group, with the guide's targets. {@code csatMet} and
 * {@code goodRatingMet} are null when there is nothing to judge.
 */
record SurveyReport(LocalDate from, LocalDate to, String groupBy, SurveyMetrics.Figures total, List<Group> groups,
                    double csatTarget, double goodRatingTarget, Boolean csatMet, Boolean goodRatingMet) {

    record Group(String key, SurveyMetrics.Figures figures) {
    }
}
