package org.kefu.audit.web;

import org.kefu.audit.AuditPermissions;
import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.HomeTile;
import org.kefu.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may reach the audit pages and endpoints, and where they appear. The patterns do not overlap, so
 * the order in which the platform applies them does not matter.
 */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration {

    @Bean
    AccessRules auditWebAccessRules() {
        return AccessRules.of(
                new AccessRule("/audit", AuditPermissions.READ),
                new AccessRule("/audit/export.csv", AuditPermissions.READ),
                new AccessRule("/audit/verify", AuditPermissions.VERIFY),
                new AccessRule("/api/v1/audit/entries/**", AuditPermissions.READ),
                new AccessRule("/api/v1/audit/export.csv", AuditPermissions.READ),
                new AccessRule("/api/v1/audit/verify", AuditPermissions.VERIFY));
    }

    @Bean
    NavigationItem auditNavigation() {
        return new NavigationItem("audit", "audit.nav", "/audit", 800, AuditPermissions.READ);
    }

    @Bean
    HomeTile auditTile() {
        return new HomeTile("audit", "audit.tile.title", "audit.tile.description", "/audit", 800,
                AuditPermissions.READ);
    }
}
