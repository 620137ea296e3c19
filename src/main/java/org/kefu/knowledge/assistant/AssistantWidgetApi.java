package org.kefu.knowledge.assistant;

import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.kefu.cases.PortalCases;
import org.kefu.knowledge.Language;
import org.kefu.platform.ProblemType;
import org.kefu.platform.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal widget's way in: anonymous customers, so it lives under the portal's public paths (session,
 * CSRF token from the page) rather than the API, which needs a key. Conversations belong to a random
 * visitor token kept in the session — another visitor cannot continue or rate them even with the id —
 * and each client address may send {@code kefu.assistant.messages-per-hour} messages (then 429).
 */
@RestController
@RequestMapping("/portal/assistant")
class AssistantWidgetApi {

    static final String VISITOR = "kefu.assistant.visitor";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Assistant assistant;
    private final AssistantRateLimits limits;
    private final Problems problems;

    AssistantWidgetApi(Assistant assistant, AssistantRateLimits limits, Problems problems) {
        this.assistant = assistant;
        this.limits = limits;
        this.problems = problems;
    }

    @PostMapping("/messages")
    ResponseEntity<?> message(@RequestBody MessageRequest body, HttpServletRequest request) {
        long wait = limits.waitForMessage(request.getRemoteAddr());
        if (wait > 0) {
            return busy(wait, request);
        }
        Language language = body.validate().orElse(null);
        return ResponseEntity.ok(assistant.converse(caller(request), body.conversationId(), body.text().strip(),
                language, Language.of(LocaleContextHolder.getLocale())));
    }

    /**
     * A fresh CSRF token for the widget: when the portal session expired (or the server restarted) the token
     * in the page is stale and every post is 403, so the widget fetches this once and retries. A GET is not
     * CSRF-checked; the token is useless to another origin, which cannot read the response (no CORS).
     */
    @GetMapping("/token")
    ResponseEntity<java.util.Map<String, String>> token(HttpServletRequest request) {
        request.getSession(true);
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(java.util.Map.of("header", token.getHeaderName(), "token", token.getToken()));
    }

    @PostMapping("/messages/{id}/rating")
    ResponseEntity<Void> rate(@PathVariable long id, @RequestBody MessageRequest.Rating body,
                              HttpServletRequest request) {
        assistant.rate(caller(request), id, body.validate());
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<ProblemDetail> busy(long wait, HttpServletRequest request) {
        return ResponseEntity.status(429).header("Retry-After", String.valueOf(wait))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.of(ProblemType.TOO_MANY_REQUESTS, request, wait));
    }

    private static Assistant.Caller caller(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String visitor = session.getAttribute(VISITOR) instanceof String known ? known : null;
        if (visitor == null) {
            byte[] token = new byte[16];
            RANDOM.nextBytes(token);
            visitor = HexFormat.of().formatHex(token);
            session.setAttribute(VISITOR, visitor);
        }
        return new Assistant.Caller("portal:" + visitor, "portal", request.getRemoteAddr());
    }

    @ExceptionHandler(PortalCases.Unavailable.class)
    ResponseEntity<ProblemDetail> unavailable(PortalCases.Unavailable e, HttpServletRequest request) {
        return DeskUnavailable.answer(e, problems, request);
    }
}
