package org.kefu.complaint;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Near-duplicate text as the Jaccard similarity of character bigrams, after NFKC normalisation (full-width
 * letters and digits become ASCII), lower case, and dropping whitespace and punctuation. Bigrams of
 * characters suit Chinese, which has no spaces between words; PostgreSQL's pg_trgm ignores CJK under a C
 * collation, hence Java (decision 0027).
 */
final class TextSimilarity {

    private TextSimilarity() {
    }

    static double jaccard(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / (x.size() + y.size() - both.size());
    }

    static Set<String> bigrams(String text) {
        String normal = normalise(text);
        Set<String> grams = new HashSet<>();
        if (normal.length() == 1) {
            grams.add(normal);
        }
        int[] points = normal.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            grams.add(new String(points, i, 2));
        }
        return grams;
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
