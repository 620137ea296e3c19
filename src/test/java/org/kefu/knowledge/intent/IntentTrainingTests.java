package org.kefu.knowledge.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kefu.knowledge.IntentPrediction;
import org.kefu.knowledge.LabelledUtterance;
import org.kefu.knowledge.Language;

/**
 * A classifier trained the product's way on a small bilingual knowledge base (six intents, eight utterances
 * each in both languages — about what a young knowledge base has): it answers paraphrases it never saw, in
 * either language, and hands off what the bank's knowledge base is not about.
 */
class IntentTrainingTests {

    static ModelClassifier classifier;
    static IntentTrainer.Result result;

    @BeforeAll
    static void train() throws IOException {
        SentenceEncoder encoder = new OnnxSentenceEncoder();
        result = new IntentTrainer(encoder, IntentTrainer.Settings.defaults()).train(smallBank(), IntentTrainer.Progress.NONE);
        classifier = new ModelClassifier(result.model(), encoder, "test", result.model().threshold(),
                IntentClassifierProperties.DEFAULT_MARGIN);
    }

    @Test
    void paraphrasesNeverSeenAreAnsweredInBothLanguages() {
        assertAnswered("Help, my card was stolen on the train", "card_lost");
        assertAnswered("我的银行卡找不到了，怎么办", "card_lost");
        assertAnswered("any progress on the complaint I sent?", "complaint_status");
        assertAnswered("我上个月的投诉现在处理得怎么样", "complaint_status");
        assertAnswered("how much is a dollar worth in yuan today", "exchange_rate");
        assertAnswered("新办的卡如何激活", "card_activation");
        assertThat(result.heldOutAccuracy()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void offTopicQuestionsAndGibberishAreHandedOff() {
        for (String text : List.of("What will the weather be like tomorrow?", "Recommend a good pizza place",
                "帮我订一张去上海的机票", "今天天气怎么样", "asdf qwer zxcv", "啊啊啊啊", "purple monkey dishwasher")) {
            IntentPrediction p = classifier.classify(text, Language.EN);
            assertThat(p.outOfScope() || p.ambiguous()).as("%s -> %s", text, p).isTrue();
            assertThat(p.outOfScope()).as("%s -> %s", text, p).isTrue();
        }
    }

    @Test
    void theTrainerRefusesFewerThanTwoIntents() {
        var one = List.of(new LabelledUtterance("I lost my card", "card_lost", Language.EN));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IntentTrainer(new OnnxSentenceEncoder(),
                IntentTrainer.Settings.defaults()).train(one, IntentTrainer.Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two intents");
    }

    private static void assertAnswered(String text, String intent) {
        IntentPrediction p = classifier.classify(text, Language.EN);
        assertThat(p.top().orElseThrow().intent()).as("%s -> %s", text, p).isEqualTo(intent);
        assertThat(p.outOfScope()).as("%s -> %s", text, p).isFalse();
    }

    static List<LabelledUtterance> smallBank() throws IOException {
        List<LabelledUtterance> utterances = new ArrayList<>();
        try (Reader reader = new InputStreamReader(IntentTrainingTests.class.getResourceAsStream("/intent/small-bank.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String text = row.get("text");
                utterances.add(new LabelledUtterance(text, row.get("category"), Scripts.languageOf(text, Language.EN)));
            }
        }
        return utterances;
    }
}
