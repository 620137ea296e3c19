package org.kefu.knowledge.assistant;

import java.util.List;
import java.util.Optional;

import org.kefu.knowledge.ArticleSummary;
import org.kefu.knowledge.Audience;
import org.kefu.knowledge.IntentClassifier;
import org.kefu.knowledge.IntentPrediction;
import org.kefu.knowledge.KnowledgeSearch;
import org.kefu.knowledge.Language;
import org.kefu.knowledge.ScoredIntent;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff pages: the "suggested answers" panel (an htmx fragment any page can load with the customer's words
 * — the case page passes subject and description, so the cases module needs no Java dependency on
 * knowledge) and the supervisors' figures.
 */
@Controller
@RequestMapping("/assistant")
class AssistantPages {

    private static final int QUERY_MAX = 1000;

    private final IntentClassifier classifier;
    private final KnowledgeSearch search;
    private final AssistantMetrics metrics;

    AssistantPages(IntentClassifier classifier, KnowledgeSearch search, AssistantMetrics metrics) {
        this.classifier = classifier;
        this.search = search;
        this.metrics = metrics;
    }

    /** The article of the recognised intent (when the classifier is sure), then what search finds. */
    @GetMapping("/suggestions")
    String suggestions(@RequestParam(name = "q", defaultValue = "") String q, Model model) {
        String text = q.strip().length() > QUERY_MAX ? q.strip().substring(0, QUERY_MAX) : q.strip();
        Language language = Language.of(LocaleContextHolder.getLocale());
        Optional<ArticleSummary> best = Optional.empty();
        ScoredIntent top = null;
        List<ArticleSummary> found = List.of();
        if (!text.isEmpty()) {
            IntentPrediction p = classifier.classify(text, language);
            if (!p.outOfScope() && !p.ambiguous() && p.top().isPresent()) {
                top = p.top().get();
                best = search.forIntent(top.intent(), language, Audience.STAFF);
            }
            long bestId = best.map(ArticleSummary::id).orElse(-1L);
            found = search.search(text, null, Audience.STAFF, 6).stream().filter(a -> a.id() != bestId).limit(5)
                    .toList();
        }
        model.addAttribute("best", best.orElse(null));
        model.addAttribute("intent", top);
        model.addAttribute("found", found);
        return "assistant/suggestions :: panel";
    }

    @GetMapping("/metrics")
    String figures(@RequestParam(defaultValue = "30") int days, Model model) {
        model.addAttribute("figures", metrics.figures(Math.max(1, Math.min(days, 366))));
        return "assistant/metrics";
    }
}
