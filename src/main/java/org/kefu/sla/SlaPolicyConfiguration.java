package org.kefu.sla;

import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the policy, simulation, regulatory-clock and compliance endpoints. Reading a case's
 * deadlines and working its regulatory clock follow the cases module's rules (cases.read, cases.work).
 */
@Configuration(proxyBeanMethods = false)
class SlaPolicyConfiguration {

    static final String MANAGE_POLICIES = "sla.policies.manage";
    static final String SIMULATE = "sla.simulate";
    static final String APPROVE_EXTENSION = "sla.extension.approve";
    static final String SUPERVISE = "cases.supervise";

    @Bean
    AccessRules slaPolicyAccessRules() {
        return AccessRules.of(
                new AccessRule("POST", "/api/v1/cases/*/sla-policy", MANAGE_POLICIES),
                // Another jurisdiction or a restart changes a regulatory deadline by weeks: a supervisor's
                // decision, like an extension (which also needs an approver), never an agent's alone.
                new AccessRule("POST", "/api/v1/cases/*/regulatory-clock", SUPERVISE),
                new AccessRule("POST", "/api/v1/cases/*/regulatory-clock/restart", SUPERVISE),
                new AccessRule("POST", "/api/v1/sla/simulate", SIMULATE),
                new AccessRule("POST", "/api/v1/sla/extensions/*/approval", APPROVE_EXTENSION),
                new AccessRule("GET", "/api/v1/sla/compliance", SUPERVISE),
                new AccessRule("/api/v1/sla/policies/**", MANAGE_POLICIES),
                new AccessRule("/api/v1/sla/policies", MANAGE_POLICIES),
                new AccessRule("/api/v1/sla/policy-order", MANAGE_POLICIES),
                new AccessRule("/sla/policies/**", MANAGE_POLICIES),
                new AccessRule("/sla/compliance", SUPERVISE));
    }

    @Bean
    NavigationItem slaComplianceNavigation() {
        return new NavigationItem("sla-compliance", "sla.compliance.nav", "/sla/compliance", 60, SUPERVISE,
                NavigationItem.QUALITY);
    }

    @Bean
    NavigationItem slaPoliciesNavigation() {
        return new NavigationItem("sla-policies", "sla.policies.nav", "/sla/policies", 820, MANAGE_POLICIES,
                NavigationItem.ADMINISTRATION);
    }
}
