package org.kefu.survey;

import org.kefu.cases.CasesPermissions;
import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.NavigationItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the survey endpoints. The customer's page (/portal/survey/**) is public like the rest of the
 * portal: the one-time token is its key. Resending an invitation is case work (the case must be in scope).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveyProperties.class)
class SurveyConfiguration {

    @Bean
    AccessRules surveyAccessRules() {
        return AccessRules.of(
                new AccessRule("GET", "/api/v1/survey-templates", SurveyPermissions.READ),
                new AccessRule("GET", "/api/v1/survey-templates/**", SurveyPermissions.READ),
                new AccessRule("/api/v1/survey-templates", SurveyPermissions.MANAGE),
                new AccessRule("/api/v1/survey-templates/**", SurveyPermissions.MANAGE),
                new AccessRule("GET", "/api/v1/survey-rules", SurveyPermissions.READ),
                new AccessRule("/api/v1/survey-rules", SurveyPermissions.MANAGE),
                new AccessRule("/api/v1/surveys/**", SurveyPermissions.READ),
                new AccessRule("POST", "/api/v1/cases/*/survey/resend", CasesPermissions.WORK),
                new AccessRule("GET", "/surveys/templates", SurveyPermissions.READ),
                new AccessRule("GET", "/surveys/templates/**", SurveyPermissions.READ),
                new AccessRule("/surveys/templates/**", SurveyPermissions.MANAGE),
                new AccessRule("/surveys", SurveyPermissions.READ));
    }

    @Bean
    NavigationItem surveyNavigation() {
        return new NavigationItem("surveys", "survey.nav", "/surveys", 70, SurveyPermissions.READ,
                NavigationItem.QUALITY);
    }
}
