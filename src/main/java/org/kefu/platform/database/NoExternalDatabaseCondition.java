package org.kefu.platform.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.springframework.core.env.Environment;

/** Matches when no external database is configured ({@code spring.datasource.url} absent or blank). */
class NoExternalDatabaseCondition extends SpringBootCondition {

    static boolean externalDatabaseConfigured(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return externalDatabaseConfigured(context.getEnvironment())
                ? ConditionOutcome.noMatch("spring.datasource.url is set: using the external PostgreSQL")
                : ConditionOutcome.match("no spring.datasource.url: starting the embedded PostgreSQL");
    }
}
