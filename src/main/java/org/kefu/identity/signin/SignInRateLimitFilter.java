package org.kefu.identity.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kefu.identity.apiclient.RateLimits;
import org.springframework.web.filter.OncePerRequestFilter;

/** Limits password and code submissions per client address, before any password hash is computed. */
public class SignInRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits rateLimits;

    public SignInRateLimitFilter(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !(path.equals("/login") || path.startsWith("/login/totp"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = rateLimits.signIn(request.getRemoteAddr());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }
}
