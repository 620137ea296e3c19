package org.kefu.knowledge.web;

import org.kefu.knowledge.KnowledgePermissions;
import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.HomeTile;
import org.kefu.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may do what with the knowledge base, in one table (more specific rules first): staff read and
 * search; editors write and submit (the maker); approvers publish, send back and retire (the checker).
 * Articles are bank-wide, so there is no data scope beyond these permissions.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeWebConfiguration {

    private static final String READ = KnowledgePermissions.READ;
    private static final String EDIT = KnowledgePermissions.EDIT;
    private static final String APPROVE = KnowledgePermissions.APPROVE;

    @Bean
    AccessRules knowledgeAccessRules() {
        return AccessRules.of(
                new AccessRule("POST", "/api/v1/knowledge/articles/*/approve", APPROVE),
                new AccessRule("POST", "/api/v1/knowledge/articles/*/send-back", APPROVE),
                new AccessRule("POST", "/api/v1/knowledge/articles/*/retire", APPROVE),
                new AccessRule("/api/v1/knowledge/articles/**", EDIT),
                new AccessRule("/api/v1/knowledge/articles", EDIT),
                new AccessRule("GET", "/api/v1/knowledge/search", READ),
                new AccessRule("POST", "/knowledge/articles/*/approve", APPROVE),
                new AccessRule("POST", "/knowledge/articles/*/send-back", APPROVE),
                new AccessRule("POST", "/knowledge/articles/*/retire", APPROVE),
                new AccessRule("GET", "/knowledge/review", APPROVE),
                new AccessRule("/knowledge/articles/**", EDIT),
                new AccessRule("/knowledge/articles", EDIT),
                new AccessRule("GET", "/knowledge/read/*", READ),
                new AccessRule("GET", "/knowledge", READ));
    }

    @Bean
    NavigationItem knowledgeNavigation() {
        return new NavigationItem("knowledge", "knowledge.nav", "/knowledge", 60, READ);
    }

    @Bean
    HomeTile knowledgeTile() {
        return new HomeTile("knowledge", "knowledge.tile.title", "knowledge.tile.description", "/knowledge", 60, READ);
    }
}
