package org.kefu.audit.web;

import org.kefu.audit.AuditPermissions;
import org.kefu.platform.AccessRule;
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
    AccessRule auditPageRule() {
        return new AccessRule("/audit", AuditPermissions.READ);
    }

    @Bean
    AccessRule auditPageExportRule() {
        return new AccessRule("/audit/export.csv", AuditPermissions.READ);
    }

    @Bean
    AccessRule auditPageVerifyRule() {
        return new AccessRule("/audit/verify", AuditPermissions.VERIFY);
    }

    @Bean
    AccessRule auditEntriesApiRule() {
        return new AccessRule("/api/v1/audit/entries/**", AuditPermissions.READ);
    }

    @Bean
    AccessRule auditExportApiRule() {
        return new AccessRule("/api/v1/audit/export.csv", AuditPermissions.READ);
    }

    @Bean
    AccessRule auditVerifyApiRule() {
        return new AccessRule("/api/v1/audit/verify", AuditPermissions.VERIFY);
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
