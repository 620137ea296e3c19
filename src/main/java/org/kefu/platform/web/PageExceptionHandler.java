package org.kefu.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.kefu.platform.ConflictException;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The platform's exceptions thrown by page controllers become the error page with the right status
 * (404 for records outside the caller's scope, never a 500). REST controllers are answered first by
 * {@link ApiExceptionHandler}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(404);
    }

    @ExceptionHandler(ConflictException.class)
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(409);
    }

    @ExceptionHandler(InvalidInputException.class)
    void invalid(HttpServletResponse response) throws IOException {
        response.sendError(400);
    }
}
