package org.kefu.knowledge;

import java.util.List;

/**
 * The intents the knowledge base knows and their training utterances: those of published, unexpired
 * articles (an intent is named by its article). The classifier trains on {@link #trainingSet()};
 * {@link IntentsChanged} says when it changed.
 */
public interface IntentCatalog {

    List<LabelledUtterance> trainingSet();
}
