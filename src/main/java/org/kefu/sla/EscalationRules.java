package org.kefu.sla;

import org.kefu.cases.CasesPermissions;
import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Escalations are supervisors' work: reading and acknowledging need {@code cases.supervise} (management holds it too). */
@Configuration(proxyBeanMethods = false)
class EscalationRules {

    @Bean
    AccessRules escalationAccessRules() {
        return AccessRules.of(
                new AccessRule("/api/v1/sla/escalations/**", CasesPermissions.SUPERVISE),
                new AccessRule("/sla/escalations/**", CasesPermissions.SUPERVISE));
    }

    @Bean
    NavigationItem escalationsNavigation() {
        return new NavigationItem("sla-escalations", "sla-escalation.nav", "/sla/escalations", 60,
                CasesPermissions.SUPERVISE, NavigationItem.QUALITY);
    }
}
