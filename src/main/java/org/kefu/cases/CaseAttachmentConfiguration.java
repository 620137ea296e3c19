package org.kefu.cases;

import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.BodyLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Who may list, upload and download attachments, and how large an upload request may be. The API's body
 * limit (1 MB for JSON) is raised for the upload endpoint only, to the file limit plus the multipart
 * framing; servlet multipart parsing (which pages go through, outside the API filter) must allow at least
 * as much, which is checked at start-up rather than discovered as a refused upload. Page uploads over the
 * limit are turned back by {@link CaseAttachmentFormGuard} before the CSRF check parses them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseAttachmentProperties.class)
class CaseAttachmentConfiguration {

    static final String UPLOAD_PATH = "/api/v1/cases/*/attachments";

    @Bean
    AccessRules caseAttachmentAccessRules() {
        return AccessRules.of(
                new AccessRule("POST", UPLOAD_PATH, CasesPermissions.WORK),
                new AccessRule("GET", "/api/v1/cases/*/attachments/**", CasesPermissions.READ),
                new AccessRule("POST", "/cases/*/attachments", CasesPermissions.WORK),
                new AccessRule("GET", "/cases/*/attachments/**", CasesPermissions.READ));
    }

    /** Before the security filters (-100), which read the CSRF parameter. */
    @Bean
    FilterRegistrationBean<CaseAttachmentFormGuard> caseAttachmentFormGuard(CaseAttachmentProperties limits) {
        FilterRegistrationBean<CaseAttachmentFormGuard> registration =
                new FilterRegistrationBean<>(new CaseAttachmentFormGuard(limits));
        registration.setOrder(-101);
        return registration;
    }

    @Bean
    BodyLimit caseAttachmentUploadLimit(CaseAttachmentProperties limits,
                                        @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize multipart,
                                        @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize multipartFile) {
        DataSize request = limits.maxRequestSize();
        if (multipart.toBytes() < request.toBytes() || multipartFile.toBytes() < limits.maxSize().toBytes()) {
            throw new IllegalStateException("kefu.cases.attachments.max-size is " + limits.maxSize().toBytes()
                    + " bytes, but spring.servlet.multipart.max-file-size / max-request-size allow only "
                    + multipartFile.toBytes() + " / " + multipart.toBytes() + " bytes: raise them to at least "
                    + limits.maxSize().toBytes() + " / " + request.toBytes());
        }
        return new BodyLimit("POST", UPLOAD_PATH, request);
    }
}
