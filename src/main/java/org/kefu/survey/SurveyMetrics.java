package org.kefu.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The survey figures of a set of responses (decision 0028). Scores are 0-100: a Likert answer x (1-5) counts
 * (x-1)/4*100, yes 100, no 0; free text never counts.
 * <ul>
 *   <li>CSAT: responses whose overall Likert answer is 4 or 5, of the responses that answered overall;</li>
 *   <li>good-rating rate (服务评价良好率): responses whose every answered Likert question is 4 or 5, of the
 *       responses that answered at least one Likert question;</li>
 *   <li>per indicator: the mean Likert answer (1-5) and the mean score (0-100) over its answers;</li>
 *   <li>CSI: per response, the weighted mean score over the scored questions it answered (Σ wᵢ·scoreᵢ / Σ wᵢ),
 *       then the mean over the responses that answered any;</li>
 *   <li>response rate: answered invitations of the invitations sent.</li>
 * </ul>
 * A figure with nothing to divide by is null (shown as "—"), never 0.
 */
final class SurveyMetrics {

    private SurveyMetrics() {
    }

    /** One scored answer: likert 1-5, yes_no 1 (yes) or 0 (no). */
    record Answer(String type, String indicator, BigDecimal weight, int value) {

        double score() {
            return SurveyQuestion.LIKERT.equals(type) ? (value - 1) / 4.0 * 100 : value * 100.0;
        }

        boolean likert() {
            return SurveyQuestion.LIKERT.equals(type);
        }
    }

    record Response(List<Answer> answers) {
    }

    record Indicator(Double likertMean, Double score, long answers) {
    }

    record Figures(long invitations, long responses, Double responseRate, Double csat, Double goodRating,
                   Double csi, Map<String, Indicator> indicators) {
    }

    static Figures of(long invitations, long answeredInvitations, List<Response> responses) {
        long overallAnswered = 0;
        long satisfied = 0;
        long withLikert = 0;
        long allGood = 0;
        List<Double> csis = new ArrayList<>();
        for (Response r : responses) {
            Optional<Answer> overall = r.answers().stream()
                    .filter(a -> a.likert() && SurveyQuestion.OVERALL.equals(a.indicator())).findFirst();
            if (overall.isPresent()) {
                overallAnswered++;
                satisfied += overall.get().value() >= 4 ? 1 : 0;
            }
            List<Answer> likert = r.answers().stream().filter(Answer::likert).toList();
            if (!likert.isEmpty()) {
                withLikert++;
                allGood += likert.stream().allMatch(a -> a.value() >= 4) ? 1 : 0;
            }
            csi(r).ifPresent(csis::add);
        }
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (String indicator : SurveyQuestion.INDICATORS) {
            List<Answer> of = responses.stream().flatMap(r -> r.answers().stream())
                    .filter(a -> indicator.equals(a.indicator())).toList();
            List<Answer> likert = of.stream().filter(Answer::likert).toList();
            indicators.put(indicator, new Indicator(
                    likert.isEmpty() ? null : likert.stream().mapToInt(Answer::value).average().orElseThrow(),
                    of.isEmpty() ? null : of.stream().mapToDouble(Answer::score).average().orElseThrow(),
                    of.size()));
        }
        return new Figures(invitations, responses.size(), percent(answeredInvitations, invitations),
                percent(satisfied, overallAnswered), percent(allGood, withLikert),
                csis.isEmpty() ? null : csis.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                indicators);
    }

    /** The response's weighted mean score over the scored questions it answered; empty if it answered none. */
    static Optional<Double> csi(Response r) {
        double weighted = 0;
        double weights = 0;
        for (Answer a : r.answers()) {
            weighted += a.weight().doubleValue() * a.score();
            weights += a.weight().doubleValue();
        }
        return weights == 0 ? Optional.empty() : Optional.of(weighted / weights);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : part * 100.0 / whole;
    }
}
