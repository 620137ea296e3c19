package org.kefu.platform;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The stable problem types of Kefu's API. Clients branch on {@link #uri()}; it never changes once
 * published. Each one has a human page at {@code /problems/<slug>}.
 */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST),
    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS),
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String slug;
    private final HttpStatus status;

    ProblemType(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    public URI uri() {
        return URI.create("/problems/" + slug);
    }

    public String titleKey() {
        return "problem." + slug + ".title";
    }

    public String detailKey() {
        return "problem." + slug + ".detail";
    }

    public static ProblemType ofSlug(String slug) {
        for (ProblemType type : values()) {
            if (type.slug.equals(slug)) {
                return type;
            }
        }
        return null;
    }

    /** The closest type for a bare HTTP status (errors raised outside our handlers). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
