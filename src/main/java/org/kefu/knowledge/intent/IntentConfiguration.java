package org.kefu.knowledge.intent;

import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encoder shared by training and answering, and who may manage models. The rules name their methods so
 * that they precede any broader method-specific rule on {@code /api/v1/knowledge/**}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntentClassifierProperties.class)
class IntentConfiguration {

    static final String MANAGE = "knowledge.models.manage";

    @Bean
    SentenceEncoder sentenceEncoder() {
        return new OnnxSentenceEncoder();
    }

    @Bean
    AccessRules intentModelAccessRules() {
        return AccessRules.of(
                new AccessRule("GET", "/api/v1/knowledge/models", MANAGE),
                new AccessRule("POST", "/api/v1/knowledge/models", MANAGE),
                new AccessRule("GET", "/api/v1/knowledge/models/**", MANAGE),
                new AccessRule("POST", "/api/v1/knowledge/models/**", MANAGE));
    }
}
