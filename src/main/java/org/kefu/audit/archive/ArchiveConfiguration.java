package org.kefu.audit.archive;

import org.kefu.audit.AuditPermissions;
import org.kefu.platform.AccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Archives, their listing and their verification are for holders of audit.archive only. */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    AccessRule auditArchivesApiRule() {
        return new AccessRule("/api/v1/audit/archives/**", AuditPermissions.ARCHIVE);
    }
}
