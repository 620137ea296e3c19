package org.kefu.knowledge.assistant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.kefu.knowledge.IntentClassifier;
import org.kefu.knowledge.IntentPrediction;
import org.kefu.knowledge.Language;

/**
 * The classifier trains in the background after start-up: tests of the dialogue wait for its first model,
 * then pick, from candidate questions, one the model itself judges as they need (out of scope, ambiguous),
 * so they test the dialogue's handling of that judgement rather than one model's wording.
 */
final class TrainedModel {

    private TrainedModel() {
    }

    static void await(IntentClassifier classifier) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (!ready(classifier)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no intent model was trained within 4 minutes");
            }
            Thread.sleep(500);
        }
    }

    private static boolean ready(IntentClassifier classifier) {
        return !"none".equals(classifier.classify("我的银行卡丢了", Language.ZH).modelVersion());
    }

    static String first(IntentClassifier classifier, Language language, Predicate<IntentPrediction> judged,
                        List<String> candidates) {
        return candidates.stream().filter(text -> judged.test(classifier.classify(text, language))).findFirst()
                .orElseThrow(() -> new AssertionError("the model judged none of " + candidates + " as needed"));
    }
}
