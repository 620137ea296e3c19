package org.kefu.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;

/**
 * The rules an article's content and identity must meet before anything is written; every broken rule
 * is reported at once, each naming its field.
 */
final class ArticleRules {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");
    static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    static final Pattern INTENT = Pattern.compile("[a-z][a-z0-9_]{1,59}");
    static final int MAX_LABELS = 20;
    static final int MAX_UTTERANCES = 200;

    private ArticleRules() {
    }

    static void checkNew(String slug, Language language, String owner, ArticleContent content) {
        List<FieldViolation> violations = new ArrayList<>();
        if (slug == null || !SLUG.matcher(slug).matches()) {
            violations.add(new FieldViolation("slug", "pattern", "knowledge.field.slug"));
        }
        if (language == null) {
            violations.add(new FieldViolation("language", "required", "field.required"));
        }
        check(owner, content, violations);
    }

    static void check(String owner, ArticleContent content) {
        List<FieldViolation> violations = new ArrayList<>();
        check(owner, content, violations);
    }

    private static void check(String owner, ArticleContent c, List<FieldViolation> violations) {
        if (owner == null || owner.isBlank() || owner.length() > 64) {
            violations.add(new FieldViolation("owner", "required", "field.required"));
        }
        text("title", c.title(), 200, violations);
        text("body", c.body(), 20000, violations);
        if (c.category() == null || !CATEGORY.matcher(c.category()).matches()) {
            violations.add(new FieldViolation("category", "pattern", "knowledge.field.category"));
        }
        labels("tags", c.tags(), violations);
        labels("products", c.products(), violations);
        if (c.audience() == null) {
            violations.add(new FieldViolation("audience", "required", "field.required"));
        }
        if (c.effectiveFrom() == null) {
            violations.add(new FieldViolation("effectiveFrom", "required", "field.required"));
        } else if (c.expiresAt() != null && !c.expiresAt().isAfter(c.effectiveFrom())) {
            violations.add(new FieldViolation("expiresAt", "out-of-range", "knowledge.field.expires-after-effective"));
        }
        if (c.intent() != null && !INTENT.matcher(c.intent()).matches()) {
            violations.add(new FieldViolation("intent", "pattern", "knowledge.field.intent"));
        }
        utterances("utterancesZh", c.utterancesZh(), c.intent(), violations);
        utterances("utterancesEn", c.utterancesEn(), c.intent(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void text(String field, String value, int max, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "required", "field.required"));
        } else if (value.length() > max) {
            violations.add(new FieldViolation(field, "too-long", "knowledge.field.too-long"));
        }
    }

    private static void labels(String field, List<String> values, List<FieldViolation> violations) {
        if (values.size() > MAX_LABELS
                || values.stream().anyMatch(v -> v == null || v.isBlank() || v.length() > 40 || v.contains(","))) {
            violations.add(new FieldViolation(field, "invalid", "knowledge.field.labels"));
        }
    }

    private static void utterances(String field, List<String> values, String intent, List<FieldViolation> violations) {
        if (values.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        if (intent == null) {
            violations.add(new FieldViolation(field, "needs-intent", "knowledge.field.utterances-need-intent"));
        } else if (values.size() > MAX_UTTERANCES || values.stream()
                .anyMatch(v -> v == null || v.isBlank() || v.length() > 300 || !seen.add(v.strip()))) {
            violations.add(new FieldViolation(field, "invalid", "knowledge.field.utterances"));
        }
    }
}
