package org.kefu.complaint;

import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.EncryptedColumn;
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

    /** Key rotation re-encrypts the names on letters with the rest (the variables hold no personal data). */
    @Bean
    EncryptedColumn complaintLetterCustomerName() {
        return new EncryptedColumn("complaint_letter", "id", "customer_name_enc", ComplaintLetterStore.CUSTOMER_NAME);
    }

    @Bean
    AccessRules complaintLetterAccessRules() {
        return AccessRules.of(
                new AccessRule("GET", "/complaints/*/letters", READ),
                new AccessRule("GET", "/complaints/*/letters/*", READ),
                new AccessRule("GET", "/api/v1/complaints/*/letters", READ),
                new AccessRule("GET", "/api/v1/complaints/*/letters/*", READ));
    }
}
