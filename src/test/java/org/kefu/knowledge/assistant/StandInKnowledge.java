package org.kefu.knowledge.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kefu.knowledge.ArticleSummary;
import org.kefu.knowledge.Audience;
import org.kefu.knowledge.IntentClassifier;
import org.kefu.knowledge.IntentPrediction;
import org.kefu.knowledge.KnowledgeSearch;
import org.kefu.knowledge.Language;
import org.kefu.knowledge.ScoredIntent;

/**
 * A tiny knowledge base and keyword classifier for the dialogue's unit tests: one intent per keyword set;
 * two intents hit is ambiguous, none is out of scope. {@code staff_only} has only an internal article.
 */
class StandInKnowledge implements IntentClassifier, KnowledgeSearch {

    record Entry(long id, String intent, String en, String zh, boolean customers, List<String> keywords) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry(1, "card_lost", "Lost or stolen card", "银行卡丢失或被盗", true, List.of("lost", "stolen", "丢", "挂失")),
            new Entry(2, "complaint_status", "Following your complaint", "查询投诉进度", true,
                    List.of("complaint", "投诉")),
            new Entry(3, "card_activation", "Activating a new card", "激活新卡", true, List.of("activate", "激活")),
            new Entry(4, "fees", "Fees and charges", "收费标准", true, List.of("fee", "charge", "收费", "年费")),
            new Entry(5, "card_limit", "Card limits", "银行卡限额", true, List.of("limit", "限额")),
            new Entry(6, "staff_only", "Internal procedure", "内部流程", false, List.of("internal", "内部")));

    @Override
    public IntentPrediction classify(String text, Language language) {
        String t = text.toLowerCase();
        List<ScoredIntent> hits = new ArrayList<>();
        for (Entry e : ENTRIES) {
            long n = e.keywords().stream().filter(t::contains).count();
            if (n > 0) {
                hits.add(new ScoredIntent(e.intent(), 0.5 + 0.1 * n));
            }
        }
        hits.sort(Comparator.comparingDouble(ScoredIntent::confidence).reversed());
        boolean ambiguous = hits.size() > 1 && hits.get(0).confidence() - hits.get(1).confidence() < 0.05;
        return new IntentPrediction(hits, hits.isEmpty(), ambiguous, "stand-in");
    }

    @Override
    public List<ArticleSummary> search(String query, Language language, Audience audience, int limit) {
        String q = query.toLowerCase();
        return ENTRIES.stream().filter(e -> e.customers() || audience == Audience.STAFF)
                .filter(e -> e.keywords().stream().anyMatch(q::contains) || q.contains(e.en().toLowerCase())
                        || q.contains(e.zh()))
                .map(e -> summary(e, language == null ? Language.ZH : language)).limit(limit).toList();
    }

    @Override
    public Optional<ArticleSummary> forIntent(String intent, Language language, Audience audience) {
        return ENTRIES.stream().filter(e -> e.intent().equals(intent))
                .filter(e -> e.customers() || audience == Audience.STAFF).findFirst().map(e -> summary(e, language));
    }

    private static ArticleSummary summary(Entry e, Language language) {
        String title = language == Language.EN ? e.en() : e.zh();
        return new ArticleSummary(e.id(), e.intent().replace('_', '-'), title, language, "cards", e.intent(), title,
                "<p>" + title + " answer</p>", 1.0);
    }

    static final Map<String, String> SAMPLE = Map.of("en", "How do I activate my card?", "zh", "新卡怎么激活");
}
