package org.kefu.knowledge.assistant;

import org.kefu.knowledge.IntentClassifier;
import org.kefu.knowledge.KnowledgeSearch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** TEMPORARY: until the articles' search and the classifier are merged, the application context uses the stand-ins. */
@Configuration(proxyBeanMethods = false)
class StandInKnowledgeBeans {

    private final StandInKnowledge knowledge = new StandInKnowledge();

    @Bean
    IntentClassifier standInClassifier() {
        return knowledge;
    }

    @Bean
    KnowledgeSearch standInSearch() {
        return knowledge;
    }
}
