package org.kefu.knowledge;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.springframework.web.util.HtmlUtils;

/**
 * The extract under a hit: the best passage of the body with the matched words in {@code <mark>}, and
 * everything else HTML-escaped, so it can be put into a page as it is.
 */
final class Highlights {

    private static final int EXTRACT = 160;

    private Highlights() {
    }

    static ArticleSummary summary(ArticleIndex.IndexedArticle hit, Query words, Analyzer analyzer, float score) {
        ServedArticle a = hit.article();
        String field = "body_" + (a.language() == Language.ZH ? "zh" : "en");
        return new ArticleSummary(a.id(), a.slug(), a.content().title(), a.language(), a.content().category(),
                a.content().intent(), extract(hit.text(), words, field, analyzer), hit.html(), score);
    }

    /** Without a query: the start of the body. */
    static ArticleSummary plain(ArticleIndex.IndexedArticle hit) {
        ServedArticle a = hit.article();
        return new ArticleSummary(a.id(), a.slug(), a.content().title(), a.language(), a.content().category(),
                a.content().intent(), start(hit.text()), hit.html(), 1);
    }

    static String extract(String text, Query words, String field, Analyzer analyzer) {
        try {
            QueryScorer scorer = new QueryScorer(words, field);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                    new SimpleHTMLEncoder(), scorer);
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, EXTRACT));
            String best = highlighter.getBestFragment(analyzer, field, text);
            if (best != null) {
                return best.strip();
            }
        } catch (IOException | InvalidTokenOffsetsException | RuntimeException e) {
            // an extract without marks is still an extract
        }
        return start(text);
    }

    private static String start(String text) {
        String start = text.length() > EXTRACT ? text.substring(0, EXTRACT) + "…" : text;
        return HtmlUtils.htmlEscape(start.strip());
    }
}
