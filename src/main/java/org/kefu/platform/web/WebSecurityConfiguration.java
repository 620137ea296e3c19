package org.kefu.platform.web;

import java.util.List;

import org.kefu.platform.AccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what, in one place. The API answers in problem+json and keeps no session; pages use
 * the session with CSRF protection. Modules declare which permission their paths need as
 * {@link AccessRule} beans; anything not covered needs an authenticated user.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    static final String[] PUBLIC_PAGES = {
            "/", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/problems/**", "/error",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info"};

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Problems problems, List<AccessRule> rules) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    rules.forEach(rule -> requests.requestMatchers(rule.pathPattern()).hasAuthority(rule.permission()));
                    requests.anyRequest().authenticated();
                })
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(problems.of(ProblemType.UNAUTHORIZED, request), response))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(problems.of(ProblemType.FORBIDDEN, request), response)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, List<AccessRule> rules) throws Exception {
        return http
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC_PAGES).permitAll();
                    rules.forEach(rule -> requests.requestMatchers(rule.pathPattern()).hasAuthority(rule.permission()));
                    requests.anyRequest().authenticated();
                })
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> response.sendError(401)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
