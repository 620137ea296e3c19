package org.kefu.knowledge.intent;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sparse terms of a text: word unigrams and bigrams, character n-grams (2–5) inside Latin words so
 * that typos and inflections still share most terms, and for Chinese — written without spaces — every
 * character as a word plus character bigrams and trigrams. Terms of different kinds carry a prefix so they
 * never collide.
 */
final class TextTerms {

    private TextTerms() {
    }

    static List<String> of(String text) {
        List<String> words = words(text);
        List<String> terms = new ArrayList<>(words.size() * 8);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            terms.add("w:" + word);
            if (i + 1 < words.size()) {
                terms.add("b:" + word + ' ' + words.get(i + 1));
            }
            if (isHan(word.charAt(0))) {
                if (i + 2 < words.size() && isHan(words.get(i + 1).charAt(0)) && isHan(words.get(i + 2).charAt(0))) {
                    terms.add("t:" + word + words.get(i + 1) + words.get(i + 2));
                }
            } else {
                characterGrams(word, terms);
            }
        }
        return terms;
    }

    /** Lower-cased Latin words and numbers, and single Han characters; punctuation dropped. */
    static List<String> words(String text) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            i += Character.charCount(c);
            if (isHan(c)) {
                flush(word, words);
                words.add(new String(Character.toChars(c)));
            } else if (Character.isLetterOrDigit(c) || (c == '\'' && word.length() > 0)) {
                word.appendCodePoint(c);
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    static boolean hasHan(String text) {
        return text != null && text.codePoints().anyMatch(TextTerms::isHan);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            String w = word.charAt(word.length() - 1) == '\'' ? word.substring(0, word.length() - 1) : word.toString();
            if (!w.isEmpty()) {
                words.add(w);
            }
            word.setLength(0);
        }
    }

    private static void characterGrams(String word, List<String> terms) {
        String padded = ' ' + word + ' ';
        for (int n = 2; n <= 5; n++) {
            for (int start = 0; start + n <= padded.length(); start++) {
                terms.add("c:" + padded.substring(start, start + n));
            }
        }
    }
}
