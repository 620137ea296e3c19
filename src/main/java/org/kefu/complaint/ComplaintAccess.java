package org.kefu.complaint;

import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the complaint handling endpoints (permissions seeded by complaint migration _28). Which
 * complaint a caller sees is their data scope (a complaint of another unit is a 404).
 */
@Configuration(proxyBeanMethods = false)
class ComplaintAccess {

    static final String READ = "complaint.read";
    static final String HANDLE = "complaint.handle";
    static final String APPROVE_COMPENSATION = "complaint.compensation.approve";
    static final String MANAGE_CODES = "complaint.codes.manage";

    @Bean
    AccessRules complaintAccessRules() {
        return AccessRules.of(
                new AccessRule("GET", "/api/v1/complaints/*", READ),
                new AccessRule("PUT", "/api/v1/complaints/*", HANDLE),
                new AccessRule("POST", "/api/v1/complaints/*/decision", HANDLE),
                new AccessRule("POST", "/api/v1/complaints/*/compensation", APPROVE_COMPENSATION),
                new AccessRule("GET", "/complaints/*/panel", READ),
                new AccessRule("POST", "/complaints/*/panel/coding", HANDLE),
                new AccessRule("POST", "/complaints/*/panel/decision", HANDLE),
                new AccessRule("POST", "/complaints/*/panel/compensation", APPROVE_COMPENSATION),
                new AccessRule("GET", "/api/v1/complaint-codes", READ),
                new AccessRule("GET", "/api/v1/complaint-codes/**", READ),
                new AccessRule("/api/v1/complaint-codes", MANAGE_CODES),
                new AccessRule("/api/v1/complaint-codes/**", MANAGE_CODES),
                new AccessRule("GET", "/complaints/codes", READ),
                new AccessRule("GET", "/complaints/codes/export.csv", READ),
                new AccessRule("/complaints/codes", MANAGE_CODES),
                new AccessRule("/complaints/codes/**", MANAGE_CODES));
    }

    @Bean
    NavigationItem complaintCodesNavigation() {
        return new NavigationItem("complaint-codes", "complaint.codes.nav", "/complaints/codes", 830, READ,
                NavigationItem.ADMINISTRATION);
    }
}
