package org.kefu.platform.web;

import org.kefu.platform.Problems;
import org.kefu.platform.ProblemType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;

/**
 * Errors that no controller handled (unknown URLs, rejections by filters, failures while rendering):
 * problem+json under {@code /api/}, the error page elsewhere. Neither shows a stack trace.
 */
@Controller
class KefuErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(KefuErrorController.class);
    private final Problems problems;

    KefuErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping(value = "/error", produces = "application/problem+json")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        return problemFor(request, status(request));
    }

    private ResponseEntity<ProblemDetail> problemFor(HttpServletRequest request, int status) {
        return problems.respond(problems.of(ProblemType.forStatus(status), request));
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Model model) {
        int status = status(request);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null && path.toString().startsWith(request.getContextPath() + "/api/")) {
            return problemFor(request, status);
        }
        ProblemType type = ProblemType.forStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("titleKey", type.titleKey());
        model.addAttribute("detailKey", "error.page." + (status >= 500 ? "internal" : type.slug()));
        model.addAttribute("requestId", RequestIdFilter.currentId(request));
        ModelAndView page = new ModelAndView("error", model.asMap());
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t) {
            log.error("Unhandled error on {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
        }
        return status instanceof Integer code && code >= 400 ? code : 500;
    }
}
