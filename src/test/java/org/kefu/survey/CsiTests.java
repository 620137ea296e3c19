package org.kefu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The survey figures on a hand-computed example (decision 0028). Weights: timeliness 1, professionalism 2,
 * attitude 1, process completeness (yes/no) 1, overall 3. Scores: Likert x → (x−1)/4·100, yes 100, no 0.
 */
class CsiTests {

    private static final Offset<Double> EXACT = within(1e-9);

    private static SurveyMetrics.Answer likert(String indicator, int weight, int value) {
        return new SurveyMetrics.Answer("likert", indicator, BigDecimal.valueOf(weight), value);
    }

    private static SurveyMetrics.Answer yesNo(boolean yes) {
        return new SurveyMetrics.Answer("yes_no", "process_completeness", BigDecimal.ONE, yes ? 1 : 0);
    }

    /** A: all answered. (1·100 + 2·75 + 1·50 + 1·100 + 3·100) / 8 = 700/8 = 87.5 */
    static final SurveyMetrics.Response A = new SurveyMetrics.Response(List.of(likert("timeliness", 1, 5),
            likert("professionalism", 2, 4), likert("attitude", 1, 3), yesNo(true), likert("overall", 3, 5)));
    /** B: professionalism unanswered. (1·25 + 1·75 + 1·0 + 3·50) / 6 = 250/6 */
    static final SurveyMetrics.Response B = new SurveyMetrics.Response(List.of(likert("timeliness", 1, 2),
            likert("attitude", 1, 4), yesNo(false), likert("overall", 3, 3)));
    /** C: no yes/no answer. (1·75 + 2·100 + 1·75 + 3·75) / 7 = 575/7 */
    static final SurveyMetrics.Response C = new SurveyMetrics.Response(List.of(likert("timeliness", 1, 4),
            likert("professionalism", 2, 5), likert("attitude", 1, 4), likert("overall", 3, 4)));
    /** D: only overall, the worst. 0 */
    static final SurveyMetrics.Response D = new SurveyMetrics.Response(List.of(likert("overall", 3, 1)));
    /** E: only free text (no scored answer): in no figure but the response count. */
    static final SurveyMetrics.Response E = new SurveyMetrics.Response(List.of());

    @Test
    void csiIsTheWeightedMeanOverTheAnsweredScoredQuestions() {
        assertThat(SurveyMetrics.csi(A)).hasValueSatisfying(v -> assertThat(v).isCloseTo(87.5, EXACT));
        assertThat(SurveyMetrics.csi(B)).hasValueSatisfying(v -> assertThat(v).isCloseTo(250.0 / 6, EXACT));
        assertThat(SurveyMetrics.csi(C)).hasValueSatisfying(v -> assertThat(v).isCloseTo(575.0 / 7, EXACT));
        assertThat(SurveyMetrics.csi(D)).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.0, EXACT));
        assertThat(SurveyMetrics.csi(E)).isEmpty();
    }

    @Test
    void theFiguresOfFiveResponsesToTenInvitations() {
        SurveyMetrics.Figures f = SurveyMetrics.of(10, 5, List.of(A, B, C, D, E));

        assertThat(f.invitations()).isEqualTo(10);
        assertThat(f.responses()).isEqualTo(5);
        assertThat(f.responseRate()).isCloseTo(50.0, EXACT);
        // overall answered by A(5) B(3) C(4) D(1): 4 or 5 in A and C → 2/4
        assertThat(f.csat()).isCloseTo(50.0, EXACT);
        // every answered Likert ≥ 4: A has a 3, B a 2, D a 1 → only C of the 4 with a Likert answer
        assertThat(f.goodRating()).isCloseTo(25.0, EXACT);
        // (87.5 + 250/6 + 575/7 + 0) / 4 = (3675 + 1750 + 3450) / 42 / 4 = 8875/168
        assertThat(f.csi()).isCloseTo(8875.0 / 168, EXACT);
        assertThat(f.csi()).isCloseTo(52.83, within(0.005));

        assertThat(f.indicators().get("timeliness").likertMean()).isCloseTo(11.0 / 3, EXACT); // 5, 2, 4
        assertThat(f.indicators().get("timeliness").score()).isCloseTo(200.0 / 3, EXACT); // 100, 25, 75
        assertThat(f.indicators().get("professionalism").likertMean()).isCloseTo(4.5, EXACT); // 4, 5
        assertThat(f.indicators().get("professionalism").score()).isCloseTo(87.5, EXACT); // 75, 100
        assertThat(f.indicators().get("attitude").likertMean()).isCloseTo(11.0 / 3, EXACT); // 3, 4, 4
        assertThat(f.indicators().get("attitude").score()).isCloseTo(200.0 / 3, EXACT); // 50, 75, 75
        assertThat(f.indicators().get("process_completeness").likertMean()).isNull(); // yes/no only
        assertThat(f.indicators().get("process_completeness").score()).isCloseTo(50.0, EXACT); // yes, no
        assertThat(f.indicators().get("process_completeness").answers()).isEqualTo(2);
        assertThat(f.indicators().get("overall").likertMean()).isCloseTo(3.25, EXACT); // 5, 3, 4, 1
        assertThat(f.indicators().get("overall").score()).isCloseTo(56.25, EXACT); // 100, 50, 75, 0
    }

    @Test
    void nothingToDivideByIsNoFigureRatherThanZero() {
        SurveyMetrics.Figures none = SurveyMetrics.of(0, 0, List.of());
        assertThat(none.responseRate()).isNull();
        assertThat(none.csat()).isNull();
        assertThat(none.goodRating()).isNull();
        assertThat(none.csi()).isNull();
        assertThat(none.indicators().get("overall").score()).isNull();

        SurveyMetrics.Figures textOnly = SurveyMetrics.of(3, 1, List.of(E));
        assertThat(textOnly.responseRate()).isCloseTo(100.0 / 3, EXACT);
        assertThat(textOnly.csat()).isNull();
        assertThat(textOnly.goodRating()).as("no Likert answer is not a good rating").isNull();
    }
}
