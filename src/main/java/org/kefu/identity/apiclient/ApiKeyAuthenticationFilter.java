package org.kefu.identity.apiclient;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kefu.platform.ProblemType;
import org.kefu.platform.Problems;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <key>} on the API. A wrong or revoked key is a 401 at once — it never
 * falls through to anonymous access — and a client over its rate gets a 429 with {@code Retry-After}.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiClients clients;
    private final RateLimits rateLimits;
    private final Problems problems;

    public ApiKeyAuthenticationFilter(ApiClients clients, RateLimits rateLimits, Problems problems) {
        this.clients = clients;
        this.rateLimits = rateLimits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var principal = clients.authenticate(header.substring(7).trim());
        if (principal.isEmpty()) {
            problems.write(problems.of(ProblemType.UNAUTHORIZED, request), response);
            return;
        }
        long waitSeconds = rateLimits.apiClient(principal.get().clientId());
        if (waitSeconds > 0) {
            response.setHeader("Retry-After", Long.toString(waitSeconds));
            problems.write(problems.of(ProblemType.TOO_MANY_REQUESTS, request, Long.toString(waitSeconds)), response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiClientAuthentication(principal.get()));
        SecurityContextHolder.setContext(context);
        clients.recordUse(principal.get());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** An authenticated API client; its authorities are the permissions granted to its key. */
    static final class ApiClientAuthentication extends AbstractAuthenticationToken {

        private final ApiClientPrincipal principal;

        ApiClientAuthentication(ApiClientPrincipal principal) {
            super(principal.permissions().stream().map(SimpleGrantedAuthority::new).toList());
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return principal.name();
        }
    }
}
