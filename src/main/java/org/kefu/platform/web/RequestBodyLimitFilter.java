package org.kefu.platform.web;

import org.kefu.platform.Problems;
import org.kefu.platform.ProblemType;
import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.kefu.platform.BodyLimit;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Caps API request bodies at {@code kefu.api.max-body-size}: a declared length over the cap is refused
 * before anything is read; a chunked body is cut off as soon as it passes the cap, so a client cannot
 * make the server buffer an arbitrary amount of JSON. Modules raise the cap for their upload endpoints
 * only, by declaring a {@link BodyLimit}.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final Problems problems;
    private final List<Raised> raised;

    private record Raised(String method, PathPattern pattern, long limit) {
    }

    RequestBodyLimitFilter(long limit, Problems problems) {
        this(limit, problems, List.of());
    }

    RequestBodyLimitFilter(long limit, Problems problems, List<BodyLimit> raised) {
        this.limit = limit;
        this.problems = problems;
        this.raised = raised.stream().map(r -> new Raised(r.method(), PathPatternParser.defaultInstance
                .parse(r.pathPattern()), r.maxSize().toBytes())).toList();
    }

    /** The declared limit of the request's endpoint, or the default. */
    long limitOf(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return raised.stream()
                .filter(r -> (r.method() == null || r.method().equalsIgnoreCase(request.getMethod()))
                        && r.pattern().matches(path))
                .mapToLong(Raised::limit).findFirst().orElse(limit);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            problems.write(problems.of(ProblemType.PAYLOAD_TOO_LARGE, request, String.valueOf(limit)), response);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
