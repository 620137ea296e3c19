package org.kefu.cases;

import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.EncryptedColumn;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call what (the more specific rules are applied first; record-level scope is in the queries),
 * and which columns key rotation must re-encrypt.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CasesProperties.class)
class CasesConfiguration {

    @Bean
    AccessRules casesAccessRules() {
        return AccessRules.of(
                new AccessRule("POST", "/api/v1/cases/*/assignment", CasesPermissions.SUPERVISE),
                new AccessRule("POST", "/api/v1/cases/*/review", CasesPermissions.SUPERVISE),
                new AccessRule("GET", "/api/v1/cases/skills/**", CasesPermissions.SUPERVISE),
                new AccessRule("PUT", "/api/v1/cases/skills/**", CasesPermissions.SUPERVISE),
                new AccessRule("POST", "/api/v1/cases/*/**", CasesPermissions.WORK),
                new AccessRule("POST", "/api/v1/cases", CasesPermissions.CREATE),
                new AccessRule("GET", "/api/v1/cases/**", CasesPermissions.READ),
                new AccessRule("GET", "/cases/**", CasesPermissions.READ));
    }

    @Bean
    EncryptedColumn caseContactName() {
        return new EncryptedColumn("service_case", "id", "contact_name_enc", CaseStore.CONTACT_NAME);
    }

    @Bean
    EncryptedColumn caseContactMobile() {
        return new EncryptedColumn("service_case", "id", "contact_mobile_enc", CaseStore.CONTACT_MOBILE);
    }

    @Bean
    EncryptedColumn caseContactEmail() {
        return new EncryptedColumn("service_case", "id", "contact_email_enc", CaseStore.CONTACT_EMAIL);
    }
}
