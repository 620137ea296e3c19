package org.kefu.platform;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kefu.platform.FieldViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.RequestDispatcher;

/**
 * Builds the RFC 9457 bodies of Kefu's API: a stable {@code type}, a localised {@code title} and
 * {@code detail}, the {@code instance} path, the {@code requestId} to quote to support, and for
 * validation the offending {@code errors}. Never a stack trace, never the rejected values.
 */
@Component
public class Problems {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Problems.class);

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail of(ProblemType type, HttpServletRequest request, Object... detailArgs) {
        return of(type, message(type.detailKey(), detailArgs), request);
    }

    public ProblemDetail of(ProblemType type, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(message(type.titleKey()));
        if (request != null) {
            problem.setInstance(URI.create(pathOf(request)));
            problem.setProperty("requestId", org.kefu.platform.web.RequestIdFilter.currentId(request));
            log.debug("{} {} answered {} {}", request.getMethod(), pathOf(request), type.status().value(), type.uri());
        }
        return problem;
    }

    public ProblemDetail validation(List<FieldViolation> violations, HttpServletRequest request) {
        ProblemDetail problem = of(ProblemType.VALIDATION, request,
                String.join(", ", violations.stream().map(FieldViolation::field).distinct().toList()));
        problem.setProperty("errors", violations);
        return problem;
    }

    public ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** For filters and entry points that answer before Spring MVC is involved. */
    public void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), asMap(problem));
    }

    /** The wire shape, independent of whether a mapper knows Spring's ProblemDetail mix-in. */
    static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    public String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    private static String pathOf(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original != null ? original.toString() : request.getRequestURI();
    }
}
