package org.kefu.knowledge.intent;

import java.time.Duration;
import java.time.Instant;

import org.kefu.platform.ConflictException;
import org.springframework.context.ApplicationContext;

/**
 * Tests do not train at start-up (each test context has its own database, and most never classify): a test
 * that needs the demo knowledge base's model asks for it here, once per context, and waits for it.
 */
public final class TrainedModels {

    private TrainedModels() {
    }

    public static void ensureTrained(ApplicationContext context) throws InterruptedException {
        KnowledgeIntentClassifier classifier = context.getBean(KnowledgeIntentClassifier.class);
        if (!inUse(classifier)) {
            try {
                context.getBean(IntentTraining.class).request("test", "a test needs the demo model");
            } catch (ConflictException running) {
                // another test of this context asked already
            }
        }
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (!inUse(classifier)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no intent model was trained within 4 minutes");
            }
            Thread.sleep(250);
        }
    }

    private static boolean inUse(KnowledgeIntentClassifier classifier) {
        return !"none".equals(classifier.classify("我的银行卡丢了", org.kefu.knowledge.Language.ZH).modelVersion());
    }
}
