package org.kefu.knowledge.assistant;

import org.kefu.knowledge.KnowledgePermissions;
import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.NavigationItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may reach the assistant: the portal widget's paths are public ({@code /portal/**}, guarded by the
 * session's visitor token and a rate limit); the API's dialogue and classification need an API key or a
 * staff member (the API's default); the figures need {@link #METRICS_READ}. The agents' suggestions panel
 * shows internal articles, so it needs {@code knowledge.read} like the knowledge pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssistantProperties.class)
class AssistantConfiguration {

    /** Read containment, hand-off and rating figures (supervisors, managers, administrators). */
    static final String METRICS_READ = "assistant.metrics.read";

    @Bean
    AccessRules assistantRules() {
        return AccessRules.of(new AccessRule("/api/v1/assistant/metrics", METRICS_READ),
                new AccessRule("/assistant/metrics", METRICS_READ),
                new AccessRule("/assistant/suggestions", KnowledgePermissions.READ));
    }

    @Bean
    NavigationItem assistantMetricsNavigation() {
        return new NavigationItem("assistant-metrics", "assistant.metrics.nav", "/assistant/metrics", 620,
                METRICS_READ, NavigationItem.QUALITY);
    }
}
