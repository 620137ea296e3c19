package org.kefu.knowledge.assistant;

import jakarta.servlet.http.HttpServletRequest;
import org.kefu.cases.PortalCases;
import org.kefu.platform.ProblemType;
import org.kefu.platform.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The unit that takes the assistant's cases ({@code kefu.assistant.unit}) does not exist: an operator's
 * mistake, answered 503 rather than 500, and nothing of the turn is kept (the customer may send it again).
 */
final class DeskUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DeskUnavailable.class);

    private DeskUnavailable() {
    }

    static ResponseEntity<ProblemDetail> answer(PortalCases.Unavailable e, Problems problems,
                                                HttpServletRequest request) {
        log.error("Assistant could not open a case: {}", e.getMessage());
        ProblemDetail problem = problems.of(ProblemType.INTERNAL, problems.message("assistant.desk-unavailable"),
                request);
        problem.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
