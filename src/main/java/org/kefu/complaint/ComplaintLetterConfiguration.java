package org.kefu.complaint;

import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may read letters: complaint.read, and then only for complaints in the caller's scope (checked in
 * {@link ComplaintLetters}). The portal's downloads are public paths guarded by the verified session instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplaintLetterProperties.class)
class ComplaintLetterConfiguration {

    static final String READ = "complaint.read";

    @Bean
    AccessRules complaintLetterAccessRules() {
        return AccessRules.of(
                new AccessRule("GET", "/complaints/*/letters", READ),
                new AccessRule("GET", "/complaints/*/letters/*", READ),
                new AccessRule("GET", "/api/v1/complaints/*/letters", READ),
                new AccessRule("GET", "/api/v1/complaints/*/letters/*", READ));
    }
}
