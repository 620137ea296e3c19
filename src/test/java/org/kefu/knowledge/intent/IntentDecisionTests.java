package org.kefu.knowledge.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefu.knowledge.IntentPrediction;
import org.kefu.knowledge.Language;

/**
 * Calibration and the hand-off decisions on a model small enough to reason about: two intents scored by
 * one word each, no embeddings. Deterministic and fast; the trained models are tested elsewhere.
 */
class IntentDecisionTests {

    /** "lost" claims card_lost, "rate" claims exchange_rate; everything else scores at the bias, -1. */
    static IntentModel twoWords() {
        TermVocabulary vocabulary = new TermVocabulary(new String[] {"w:lost", "w:rate"}, new float[] {1, 1});
        float[][] weights = {{3, 0, -1}, {0, 3, -1}};
        return new IntentModel(new String[] {"card_lost", "exchange_rate"}, vocabulary, "none", 0, "none", 0, 1f,
                weights, 0.3, 0.5);
    }

    static final SentenceEncoder NO_EMBEDDING = new SentenceEncoder() {
        @Override
        public String modelName(Language language) {
            return "none";
        }

        @Override
        public int dimensions(Language language) {
            return 0;
        }

        @Override
        public List<float[]> encode(List<String> texts, Language language) {
            return texts.stream().map(t -> new float[0]).toList();
        }
    };

    final ModelClassifier classifier = new ModelClassifier(twoWords(), NO_EMBEDDING, "v1", 0.5, 0.15);

    @Test
    void confidenceRisesWithTheScoreAndLeavesRoomForNoneOfThem() {
        double previous = 0;
        for (double score = -3; score <= 3; score += 0.25) {
            double[] p = IntentModel.confidences(new double[] {score, -1}, 0.3);
            assertThat(p[0]).as("score %s", score).isGreaterThan(previous);
            assertThat(p[0] + p[1]).isLessThan(1.0);
            previous = p[0];
        }
        assertThat(IntentModel.confidences(new double[] {-1, -1}, 0.3)[0]).as("nobody claims it").isLessThan(0.05);
        assertThat(IntentModel.confidences(new double[] {2, -1}, 0.3)[0]).isGreaterThan(0.99);
    }

    @Test
    void aClearQuestionIsAnsweredWithTheRankedIntents() {
        IntentPrediction p = classifier.classify("I lost it", Language.EN);
        assertThat(p.outOfScope()).isFalse();
        assertThat(p.ambiguous()).isFalse();
        assertThat(p.top().orElseThrow().intent()).isEqualTo("card_lost");
        assertThat(p.top().orElseThrow().confidence()).isGreaterThan(0.9);
        assertThat(p.ranked()).hasSize(2);
        assertThat(p.modelVersion()).isEqualTo("v1");
    }

    @Test
    void gibberishAndUnknownWordsAreOutOfScope() {
        for (String text : List.of("qwzx plorf", "what a lovely day", "？？？", "", "   ")) {
            IntentPrediction p = classifier.classify(text, Language.EN);
            assertThat(p.outOfScope()).as(text).isTrue();
            assertThat(p.ambiguous()).as(text).isFalse();
        }
    }

    @Test
    void twoIntentsEquallyClaimedAreAmbiguousNotOutOfScope() {
        IntentPrediction p = classifier.classify("lost rate", Language.EN);
        assertThat(p.ambiguous()).isTrue();
        assertThat(p.outOfScope()).isFalse();
        assertThat(p.ranked()).extracting(s -> s.intent()).containsExactlyInAnyOrder("card_lost", "exchange_rate");
        assertThat(p.ranked().get(0).confidence()).isCloseTo(p.ranked().get(1).confidence(), within(1e-9));
    }

    @Test
    void theTemperatureFitOnHeldOutScoresIsHigherWhenTheScoresLie() {
        double[][] scores = {{1, -1}, {1, -1}, {-1, 1}, {1, -1}};
        double honest = Calibration.temperature(scores, new int[] {0, 0, 1, 0});
        double lying = Calibration.temperature(scores, new int[] {0, 1, 1, 0});
        assertThat(lying).as("a wrong answer with a high score makes confidences humbler").isGreaterThan(honest);
    }

    @Test
    void theThresholdNeverFallsBelowTheMinimumEvenWhenEverythingHeldOutWasRight() {
        double[][] scores = {{1, -1}, {1.2, -1}, {-1, 1}};
        double threshold = Calibration.threshold(scores, new int[] {0, 0, 1}, 0.3, IntentTrainer.Settings.defaults());
        assertThat(threshold).isEqualTo(IntentTrainer.Settings.defaults().minimumThreshold());
    }

    @Test
    void aModelSurvivesItsBytes() {
        IntentModel model = twoWords();
        IntentModel back = IntentModelCodec.fromBytes(IntentModelCodec.toBytes(model));
        assertThat(back.intents()).containsExactly(model.intents());
        assertThat(back.temperature()).isEqualTo(model.temperature());
        assertThat(back.threshold()).isEqualTo(model.threshold());
        var terms = back.vocabulary().vectorize(TextTerms.of("lost rate"));
        assertThat(back.scores(terms, new float[0], Language.EN))
                .containsExactly(model.scores(model.vocabulary().vectorize(TextTerms.of("lost rate")), new float[0], Language.EN));
    }

    @Test
    void chineseIsSplitIntoCharactersAndLatinWordsIntoCharacterGrams() {
        assertThat(TextTerms.words("我的信用卡丢了 lost my Card!")).containsExactly("我", "的", "信", "用", "卡", "丢", "了",
                "lost", "my", "card");
        assertThat(TextTerms.of("信用卡")).contains("w:信", "b:信 用", "t:信用卡");
        assertThat(TextTerms.of("card")).contains("c: c", "c:card", "c:ard ");
        assertThat(Scripts.languageOf("信用卡 card", Language.EN)).isEqualTo(Language.ZH);
        assertThat(Scripts.languageOf("card", Language.ZH)).isEqualTo(Language.EN);
        assertThat(Scripts.languageOf("1234", Language.ZH)).isEqualTo(Language.ZH);
    }
}
