package org.kefu.knowledge.assistant;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.kefu.cases.PortalCases;
import org.kefu.knowledge.IntentClassifier;
import org.kefu.knowledge.IntentPrediction;
import org.kefu.knowledge.Language;
import org.kefu.knowledge.ScoredIntent;
import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assistant for channel systems (mobile app, WeChat, IVR) and staff, with an API key or a staff
 * session: conversations on a customer's behalf (each tied to the client that started it), classification
 * alone, ratings, and the figures for supervisors. The portal's widget talks to {@link AssistantWidgetApi}.
 */
@RestController
@RequestMapping("/api/v1/assistant")
@Tag(name = "Assistant", description = "Intent assistant: dialogue, classification, ratings, figures")
class AssistantApi {

    private final Assistant assistant;
    private final IntentClassifier classifier;
    private final AssistantMetrics metrics;
    private final CurrentActor actor;
    private final Problems problems;

    AssistantApi(Assistant assistant, IntentClassifier classifier, AssistantMetrics metrics, CurrentActor actor,
                 Problems problems) {
        this.problems = problems;
        this.assistant = assistant;
        this.classifier = classifier;
        this.metrics = metrics;
        this.actor = actor;
    }

    @PostMapping("/messages")
    @Operation(summary = "Send a customer's message; without conversationId a conversation starts")
    AssistantReply message(@RequestBody MessageRequest body, HttpServletRequest request) {
        Language language = body.validate().orElse(null);
        return assistant.converse(caller(request), body.conversationId(), body.text().strip(), language,
                Language.of(LocaleContextHolder.getLocale()));
    }

    @PostMapping("/messages/{id}/rating")
    @Operation(summary = "Rate one of the assistant's replies helpful (true) or not (false)")
    ResponseEntity<Void> rate(@PathVariable long id, @RequestBody MessageRequest.Rating body,
                              HttpServletRequest request) {
        assistant.rate(caller(request), id, body.validate());
        return ResponseEntity.noContent().build();
    }

    record Classification(String intent, double confidence, boolean outOfScope, boolean ambiguous,
                          List<ScoredIntent> ranked, String modelVersion) {
    }

    @PostMapping("/classify")
    @Operation(summary = "Classify a text into the knowledge base's intents (no conversation)")
    Classification classify(@RequestBody MessageRequest.Classify body) {
        Language language = body.validate().orElse(Language.of(LocaleContextHolder.getLocale()));
        IntentPrediction p = classifier.classify(body.text().strip(), language);
        ScoredIntent top = p.top().orElse(null);
        return new Classification(p.outOfScope() || top == null ? null : top.intent(),
                top == null ? 0 : top.confidence(), p.outOfScope(), p.ambiguous(), p.ranked(), p.modelVersion());
    }

    @GetMapping("/metrics")
    @Operation(summary = "Containment and hand-off rates and ratings of conversations started in the last days")
    AssistantMetrics.Figures figures(@RequestParam(defaultValue = "30") int days) {
        if (days < 1 || days > 366) {
            throw new InvalidInputException("days", "out-of-range", "assistant.field.days");
        }
        return metrics.figures(days);
    }

    private Assistant.Caller caller(HttpServletRequest request) {
        Actor who = actor.get();
        String owner = (who.type() == Actor.Type.API_CLIENT ? "api:" : "staff:") + who.id();
        return new Assistant.Caller(owner, "api", request.getRemoteAddr());
    }

    @ExceptionHandler(PortalCases.Unavailable.class)
    ResponseEntity<ProblemDetail> unavailable(PortalCases.Unavailable e, HttpServletRequest request) {
        return DeskUnavailable.answer(e, problems, request);
    }
}
