package org.kefu.cases;

import org.kefu.platform.AccessRule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may call what; the more specific rules are applied first. Record-level scope is in the queries. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CasesProperties.class)
class CasesConfiguration {

    @Bean
    AccessRule workOnCases() {
        return new AccessRule("POST", "/api/v1/cases/*/**", CasesPermissions.WORK);
    }

    @Bean
    AccessRule openCases() {
        return new AccessRule("POST", "/api/v1/cases", CasesPermissions.CREATE);
    }

    @Bean
    AccessRule readCases() {
        return new AccessRule("GET", "/api/v1/cases/**", CasesPermissions.READ);
    }
}
