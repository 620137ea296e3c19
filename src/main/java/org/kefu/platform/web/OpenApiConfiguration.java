package org.kefu.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 document at {@code /v3/api-docs}, covering {@code /api/**}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI kefuOpenApi(@Value("${kefu.version:dev}") String version) {
        return new OpenAPI().info(new Info()
                .title("Kefu API")
                .version(version)
                .description("Channel systems and staff tools talk to Kefu here. Every error is "
                        + "application/problem+json (RFC 9457) with a stable type under /problems/. Lists take "
                        + "page (from 0), size (1-200, default 20) and repeated sort=property,asc|desc.")
                .license(new License().name("Proprietary")));
    }
}
