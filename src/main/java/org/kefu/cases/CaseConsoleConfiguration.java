package org.kefu.cases;

import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.HomeTile;
import org.kefu.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console's pages: who may open which, and where they appear in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class CaseConsoleConfiguration {

    @Bean
    AccessRules caseConsoleAccessRules() {
        return AccessRules.of(
                new AccessRule("GET", "/cases/new", CasesPermissions.CREATE),
                new AccessRule("POST", "/cases", CasesPermissions.CREATE),
                new AccessRule("GET", "/cases/supervision", CasesPermissions.SUPERVISE),
                new AccessRule("POST", "/cases/*/**", CasesPermissions.WORK),
                new AccessRule("GET", "/cases", CasesPermissions.READ));
    }

    @Bean
    NavigationItem casesNavigation() {
        return new NavigationItem("cases", "cases.nav", "/cases", 50, CasesPermissions.READ);
    }

    @Bean
    HomeTile casesTile() {
        return new HomeTile("cases", "cases.tile.title", "cases.tile.description", "/cases", 50, CasesPermissions.READ);
    }
}
