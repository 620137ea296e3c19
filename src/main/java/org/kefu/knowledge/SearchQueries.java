package org.kefu.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a reader's words into a Lucene query: each word is looked for in the title (weighed most), the
 * training utterances and tags, then the body, through the analyzer of each language; English words of four
 * letters or more also match with one typo ("crad" → "card"); Chinese also matches by character pairs at a
 * low weight, so a phrase the word segmenter cut differently still finds its article. Filters (language,
 * audience, channel, category, in force now) restrict without scoring.
 */
final class SearchQueries {

    static final Map<String, Float> FIELDS = Map.of("title", 3f, "utterances", 2f, "tags", 2f, "body", 1f);
    static final int FUZZY_FROM = 4;

    private final Analyzer analyzer;

    SearchQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The scoring part only (also what highlights are made of). */
    Query words(String text, Language language) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (language != Language.EN) {
            any.add(perWord(text, "zh", false), Occur.SHOULD);
            BooleanQuery.Builder pairs = new BooleanQuery.Builder();
            terms(ArticleIndex.CJK, text).forEach(t -> pairs.add(new TermQuery(new Term(ArticleIndex.CJK, t)), Occur.SHOULD));
            any.add(new BoostQuery(pairs.build(), 0.3f), Occur.SHOULD);
        }
        if (language != Language.ZH) {
            any.add(perWord(text, "en", true), Occur.SHOULD);
        }
        return any.build();
    }

    Query filtered(SearchRequest request, Instant now) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words(request.query(), request.language()), Occur.MUST);
        if (request.language() != null) {
            query.add(new TermQuery(new Term("language", request.language().name())), Occur.FILTER);
        }
        if (request.audience() == Audience.CUSTOMER) {
            query.add(new TermQuery(new Term("audience", ArticleAudience.CUSTOMERS.name())), Occur.FILTER);
        }
        if (request.channel() != null) {
            query.add(new TermQuery(new Term("audience", request.channel().name())), Occur.FILTER);
        }
        if (request.category() != null) {
            query.add(new TermQuery(new Term("category", request.category())), Occur.FILTER);
        }
        long millis = now.toEpochMilli();
        query.add(LongPoint.newRangeQuery("effective", Long.MIN_VALUE, millis), Occur.FILTER);
        query.add(LongPoint.newRangeQuery("expires", millis + 1, Long.MAX_VALUE), Occur.FILTER);
        return query.build();
    }

    private Query perWord(String text, String suffix, boolean fuzzy) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : terms("body_" + suffix, text)) {
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            FIELDS.forEach((field, boost) -> {
                Term t = new Term(field + "_" + suffix, term);
                fields.add(new BoostQuery(new TermQuery(t), boost), Occur.SHOULD);
                if (fuzzy && term.length() >= FUZZY_FROM) {
                    fields.add(new BoostQuery(new FuzzyQuery(t, 1, 1), boost * 0.5f), Occur.SHOULD);
                }
            });
            words.add(fields.build(), Occur.SHOULD);
        }
        return words.build();
    }

    List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < 64) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
