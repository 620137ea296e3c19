package org.kefu.platform.database;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.kefu.platform.DatabaseMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With no {@code spring.datasource.url}, Kefu runs on its own PostgreSQL under {@code kefu.data-dir};
 * otherwise Boot's DataSource auto-configuration connects to the institution's database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class DatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode(Environment environment) {
        return NoExternalDatabaseCondition.externalDatabaseConfigured(environment)
                ? DatabaseMode.EXTERNAL : DatabaseMode.EMBEDDED;
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoExternalDatabaseCondition.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties,
                                          @Value("${kefu.data-dir:./data}") Path dataDir) {
            return EmbeddedDatabase.start(dataDir.resolve("pg"), properties.ephemeral(), properties.port(),
                    properties.databaseName(), properties.startupWait());
        }

        /** Pool settings still come from {@code spring.datasource.hikari.*}. */
        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(EmbeddedDatabase database) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(database.jdbcUrl());
            dataSource.setUsername(database.username());
            dataSource.setPoolName("kefu-embedded");
            return dataSource;
        }
    }
}
