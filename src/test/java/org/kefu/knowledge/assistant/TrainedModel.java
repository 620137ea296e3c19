package org.kefu.knowledge.assistant;

import java.util.List;
import java.util.function.Predicate;

import org.kefu.knowledge.IntentClassifier;
import org.kefu.knowledge.IntentPrediction;
import org.kefu.knowledge.Language;
import org.kefu.knowledge.intent.TrainedModels;
import org.springframework.context.ApplicationContext;

/**
 * Tests of the dialogue ask for the demo model ({@link TrainedModels}) and wait for it,
 * then pick, from candidate questions, one the model itself judges as they need (out of scope, ambiguous),
 * so they test the dialogue's handling of that judgement rather than one model's wording.
 */
final class TrainedModel {

    private TrainedModel() {
    }

    static void await(ApplicationContext context) throws InterruptedException {
        TrainedModels.ensureTrained(context);
    }

    static String first(IntentClassifier classifier, Language language, Predicate<IntentPrediction> judged,
                        List<String> candidates) {
        return candidates.stream().filter(text -> judged.test(classifier.classify(text, language))).findFirst()
                .orElseThrow(() -> new AssertionError("the model judged none of " + candidates + " as needed"));
    }
}
