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
        return knowledge::classify;
    }

    @Bean
    KnowledgeSearch standInSearch() {
        return new KnowledgeSearch() {
            @Override
            public java.util.List<org.kefu.knowledge.ArticleSummary> search(String query,
                    org.kefu.knowledge.Language language, org.kefu.knowledge.Audience audience, int limit) {
                return knowledge.search(query, language, audience, limit);
            }

            @Override
            public java.util.Optional<org.kefu.knowledge.ArticleSummary> forIntent(String intent,
                    org.kefu.knowledge.Language language, org.kefu.knowledge.Audience audience) {
                return knowledge.forIntent(intent, language, audience);
            }
        };
    }
}
