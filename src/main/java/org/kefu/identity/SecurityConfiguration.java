package org.kefu.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kefu.identity.apiclient.ApiClients;
import org.kefu.identity.apiclient.ApiKeyAuthenticationFilter;
import org.kefu.identity.apiclient.RateLimits;
import org.kefu.identity.signin.PartialSignIn;
import org.kefu.identity.signin.SignInCompletion;
import org.kefu.identity.signin.SignInFailures;
import org.kefu.identity.signin.SignInPolicy;
import org.kefu.identity.signin.SignInRateLimitFilter;
import org.kefu.identity.signin.SignOutAudit;
import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.ProblemType;
import org.kefu.platform.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import java.util.Comparator;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Who may reach what, in one place. The API takes bearer API keys and answers in problem+json without a
 * session; pages use the (database-backed) session with CSRF protection, sign-in with lockout and a
 * second factor. Modules declare which permission their paths need as {@link AccessRule} beans; anything
 * else needs a fully signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInPolicy.class)
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = {
            "/", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/problems/**", "/error",
            "/login", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
            "/portal", "/portal/**"};

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Signed in with every factor required: not anonymous, not half-way through the second factor. */
    static final AuthorizationManager<RequestAuthorizationContext> FULLY_SIGNED_IN = (authentication, context) -> {
        Authentication current = authentication.get();
        return new AuthorizationDecision(current != null && current.isAuthenticated()
                && !(current instanceof AnonymousAuthenticationToken) && !(current instanceof PartialSignIn));
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Problems problems, List<AccessRule> single, List<AccessRules> grouped,
                            ApiClients clients,
                            RateLimits rateLimits) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    ordered(all(single, grouped)).forEach(rule -> apply(requests, rule));
                    requests.anyRequest().authenticated();
                })
                .addFilterAfter(new ApiKeyAuthenticationFilter(clients, rateLimits, problems),
                        SecurityContextHolderFilter.class)
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
    SecurityFilterChain pages(HttpSecurity http, List<AccessRule> single, List<AccessRules> grouped,
                              SignInCompletion completion,
                              SignInFailures failures, SignOutAudit signOutAudit, RateLimits rateLimits)
            throws Exception {
        return http
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC_PAGES).permitAll();
                    requests.requestMatchers("/login/totp", "/login/totp/**").hasAuthority(PartialSignIn.PENDING);
                    ordered(all(single, grouped)).forEach(rule -> apply(requests, rule));
                    requests.anyRequest().access(FULLY_SIGNED_IN);
                })
                .addFilterBefore(new SignInRateLimitFilter(rateLimits), UsernamePasswordAuthenticationFilter.class)
                // Only SignInCompletion may put an authentication into the session: the password alone is
                // not a sign-in when a second factor is due, even if something fails half-way.
                .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login")
                        .securityContextRepository(new RequestAttributeSecurityContextRepository())
                        .successHandler(completion).failureHandler(failures))
                .logout(logout -> logout.logoutUrl("/logout").addLogoutHandler(signOutAudit)
                        .logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SecurityConfiguration::toSignIn)
                        .accessDeniedHandler((request, response, e) -> {
                            if (SecurityContextHolder.getContext().getAuthentication() instanceof PartialSignIn) {
                                response.sendRedirect(request.getContextPath() + "/login/totp");
                            } else {
                                response.sendError(403);
                            }
                        }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** Rules declared one per bean and rules declared as a module's table, together. */
    static List<AccessRule> all(List<AccessRule> single, List<AccessRules> grouped) {
        return java.util.stream.Stream.concat(single.stream(),
                grouped.stream().flatMap(group -> group.rules().stream())).toList();
    }

    /** The first matching rule wins, so method-specific and longer patterns go first. */
    static List<AccessRule> ordered(List<AccessRule> rules) {
        return rules.stream().sorted(Comparator
                .comparing((AccessRule rule) -> rule.method() == null)
                .thenComparing(rule -> -rule.pathPattern().length())).toList();
    }

    private static void apply(org.springframework.security.config.annotation.web.configurers
            .AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
                              AccessRule rule) {
        var matcher = rule.method() == null ? requests.requestMatchers(rule.pathPattern())
                : requests.requestMatchers(HttpMethod.valueOf(rule.method()), rule.pathPattern());
        matcher.hasAuthority(rule.permission());
    }

    /** Pages send visitors to sign in; an htmx fragment request is told to reload the whole page there. */
    private static void toSignIn(HttpServletRequest request, HttpServletResponse response,
                                 AuthenticationException e) throws IOException {
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.setStatus(401);
            return;
        }
        new HttpSessionRequestCache().saveRequest(request, response);
        response.sendRedirect(request.getContextPath() + "/login");
    }
}
