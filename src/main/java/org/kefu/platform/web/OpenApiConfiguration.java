package org.kefu.platform.web;

import java.util.Arrays;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.math.BigDecimal;
import java.util.Objects;

/** The OpenAPI 3 document at {@code /v3/api-docs}, covering {@code /api/**}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class);
    }

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

    /** Lists document their paging parameters the same way, with the properties each may sort by. */
    @Bean
    OperationCustomizer pagingParameters() {
        return (operation, handler) -> {
            Arrays.stream(handler.getMethodParameters())
                    .map(parameter -> parameter.getParameterAnnotation(PageDefaults.class))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .ifPresent(defaults -> {
                        operation.addParametersItem(new Parameter().in("query").name("page")
                                .description("Page number, from 0").schema(new IntegerSchema()._default(0).minimum(
                                        BigDecimal.ZERO)));
                        operation.addParametersItem(new Parameter().in("query").name("size")
                                .description("Items per page, 1 to " + PageQuery.MAX_SIZE)
                                .schema(new IntegerSchema()._default(defaults.size()).minimum(BigDecimal.ONE)
                                        .maximum(BigDecimal.valueOf(PageQuery.MAX_SIZE))));
                        operation.addParametersItem(new Parameter().in("query").name("sort")
                                .description("property,asc or property,desc; repeatable. Properties: "
                                        + String.join(", ", defaults.sortable())
                                        + (defaults.sort().length > 0 ? ". Default: " + String.join(" ", defaults.sort()) : ""))
                                .schema(new ArraySchema().items(new StringSchema())));
                    });
            return operation;
        };
    }
}
