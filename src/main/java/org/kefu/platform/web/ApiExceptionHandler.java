package org.kefu.platform.web;

import org.kefu.platform.Problems;
import org.kefu.platform.ProblemType;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.kefu.platform.ConflictException;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;

/**
 * The one place where exceptions of REST controllers become problem+json. Page controllers are not
 * covered: their errors render the error page through {@link KefuErrorController}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        return problems.respond(problems.validation(violations(e.getBindingResult()), request));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String field = error instanceof FieldError fieldError ? fieldError.getField()
                    : result.getMethodParameter().getParameterName();
            violations.add(new FieldViolation(field, codeOf(error.getCodes()), error.getDefaultMessage()));
        }));
        return problems.respond(problems.validation(violations, request));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e, HttpServletRequest request) {
        // Modules may give a message key instead of text; it is translated into the caller's language here.
        List<FieldViolation> localised = e.violations().stream()
                .map(v -> new FieldViolation(v.field(), v.code(), problems.message(v.message()))).toList();
        return problems.respond(problems.validation(localised, request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameterType(MethodArgumentTypeMismatchException e,
                                                     HttpServletRequest request) {
        return problems.respond(problems.validation(List.of(new FieldViolation(e.getName(), "wrong-type",
                problems.message("field.invalid"))), request));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e,
                                                   HttpServletRequest request) {
        return problems.respond(problems.validation(List.of(new FieldViolation(e.getParameterName(), "required",
                problems.message("field.required"))), request));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        var tooLarge = JsonBodyErrors.tooLarge(e);
        if (tooLarge.isPresent()) {
            return problems.respond(problems.of(ProblemType.PAYLOAD_TOO_LARGE, request, String.valueOf(tooLarge.get().limit())));
        }
        return JsonBodyErrors.fieldViolation(e, problems)
                .map(violation -> problems.respond(problems.validation(List.of(violation), request)))
                .orElseGet(() -> problems.respond(problems.of(ProblemType.MALFORMED_JSON, request,
                        JsonBodyErrors.location(e))));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e,
                                                       HttpServletRequest request) {
        return problems.respond(problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, request,
                String.valueOf(e.getContentType())));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e,
                                                   HttpServletRequest request) {
        ProblemDetail problem = problems.of(ProblemType.METHOD_NOT_ALLOWED, request, e.getMethod());
        return ResponseEntity.status(problem.getStatus()).headers(e.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return problems.respond(problems.of(ProblemType.NOT_FOUND, request));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
        ProblemDetail problem = problems.of(ProblemType.CONFLICT, problems.message(e.messageKey(), e.args()), request);
        e.properties().forEach(problem::setProperty);
        return problems.respond(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        if (e instanceof org.kefu.platform.RefusedException refused) {
            return problems.respond(problems.of(ProblemType.FORBIDDEN,
                    problems.message(refused.messageKey(), refused.args()), request));
        }
        return problems.respond(problems.of(ProblemType.FORBIDDEN, request));
    }

    /** Any other error; Spring MVC's own ones (406, 404 for no handler, ...) know their status. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known && known.getStatusCode().value() < 500) {
            return problems.respond(problems.of(ProblemType.forStatus(known.getStatusCode().value()), request));
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problems.respond(problems.of(ProblemType.INTERNAL, request));
    }

    private List<FieldViolation> violations(BindingResult result) {
        List<FieldViolation> violations = new ArrayList<>();
        result.getFieldErrors().forEach(error -> violations.add(
                new FieldViolation(error.getField(), codeOf(error.getCodes()), error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error -> violations.add(
                new FieldViolation(error.getObjectName(), codeOf(error.getCodes()), error.getDefaultMessage())));
        return violations;
    }

    /** Bean Validation's constraint name as a stable code: NotNull → required, Size → size ... */
    private static String codeOf(String[] codes) {
        String constraint = codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax", "Range" -> "out-of-range";
            case "Size", "Length" -> "size";
            case "Pattern", "Email" -> "format";
            default -> constraint.toLowerCase(Locale.ROOT);
        };
    }
}
