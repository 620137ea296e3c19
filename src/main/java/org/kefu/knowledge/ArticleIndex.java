package org.kefu.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The full-text index of the served article versions, in memory: it is small (thousands of articles at
 * most), so it is rebuilt from the database at start-up and follows publications and retirements after
 * they commit. Expiry is not indexed as an event but checked in every query, so an article that expires
 * at 10:00 is not found at 10:00 whatever the index last saw.
 */
@Component
public class ArticleIndex {

    static final String CJK = "cjk";
    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

    private final ArticleStore store;
    private final SafeMarkdown markdown;
    private final Clock clock;
    private final Analyzer analyzer;
    private final SearchQueries queries;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, IndexedArticle> articles = new ConcurrentHashMap<>();

    /** What a hit is shown from, kept beside the index so that no stored Lucene fields are needed. */
    record IndexedArticle(ServedArticle article, String text, String html) {
    }

    ArticleIndex(ArticleStore store, SafeMarkdown markdown, Clock clock) throws IOException {
        this.store = store;
        this.markdown = markdown;
        this.clock = clock;
        Analyzer zh = new SmartChineseAnalyzer();
        Analyzer en = new EnglishAnalyzer();
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String field : SearchQueries.FIELDS.keySet()) {
            perField.put(field + "_zh", zh);
            perField.put(field + "_en", en);
        }
        perField.put(CJK, new CJKAnalyzer());
        this.analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
        this.queries = new SearchQueries(analyzer);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
    }

    @PostConstruct
    public synchronized void rebuild() {
        long started = System.nanoTime();
        List<ServedArticle> served = store.served();
        try {
            writer.deleteAll();
            articles.clear();
            for (ServedArticle article : served) {
                add(article);
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Knowledge index rebuilt: {} articles in {} ms", served.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Brings one article in step with the database: its served version, or nothing when it has none. */
    public synchronized void refresh(long articleId) {
        try {
            writer.deleteDocuments(new Term("id", String.valueOf(articleId)));
            articles.remove(articleId);
            Optional<ServedArticle> served = store.served(articleId);
            if (served.isPresent()) {
                add(served.get());
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refreshes every article whose served version in the database is not the one indexed here (another node
     * published or retired it); returns how many. Versions are immutable, so (id, version) says it all.
     */
    public synchronized int catchUp() {
        Map<Long, Integer> database = store.servedVersions();
        Map<Long, Integer> here = indexed();
        Set<Long> stale = new java.util.TreeSet<>();
        database.forEach((id, version) -> {
            if (!version.equals(here.get(id))) {
                stale.add(id);
            }
        });
        here.keySet().stream().filter(id -> !database.containsKey(id)).forEach(stale::add);
        stale.forEach(this::refresh);
        return stale.size();
    }

    /** Ids of the indexed articles with their served version, to compare with the database. */
    public Map<Long, Integer> indexed() {
        Map<Long, Integer> ids = new java.util.TreeMap<>();
        articles.forEach((id, a) -> ids.put(id, a.article().versionNo()));
        return ids;
    }

    SearchHits search(SearchRequest request) {
        Query query = queries.filtered(request, clock.instant());
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // In long: page × size overflows an int long before a caller's numbers look absurd.
                long from = (long) request.page() * request.size();
                int wanted = (int) Math.min(from + request.size(), ArticleSearch.MAX_HITS);
                if (from >= wanted) {
                    return new SearchHits(List.of(), request.page(), request.size(), searcher.count(query));
                }
                TopDocs top = searcher.search(query, wanted);
                int total = searcher.count(query);
                List<ArticleSummary> items = new ArrayList<>();
                Set<Long> seen = new HashSet<>();
                ScoreDoc[] docs = top.scoreDocs;
                Query words = queries.words(request.query(), request.language());
                for (int i = (int) from; i < docs.length; i++) {
                    long id = Long.parseLong(searcher.storedFields().document(docs[i].doc).get("id"));
                    IndexedArticle hit = articles.get(id);
                    if (hit != null && seen.add(id)) {
                        items.add(Highlights.summary(hit, words, analyzer, docs[i].score));
                    }
                }
                return new SearchHits(items, request.page(), request.size(), total);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<IndexedArticle> article(long id) {
        return Optional.ofNullable(articles.get(id));
    }

    List<IndexedArticle> all() {
        return List.copyOf(articles.values());
    }

    private void add(ServedArticle article) throws IOException {
        ArticleContent c = article.content();
        String text = markdown.toText(c.body());
        String suffix = article.language() == Language.ZH ? "_zh" : "_en";
        List<String> utterances = article.language() == Language.ZH ? c.utterancesZh() : c.utterancesEn();
        Document doc = new Document();
        doc.add(new StringField("id", String.valueOf(article.id()), Field.Store.YES));
        doc.add(new StringField("language", article.language().name(), Field.Store.NO));
        doc.add(new StringField("audience", c.audience().name(), Field.Store.NO));
        doc.add(new StringField("category", c.category(), Field.Store.NO));
        doc.add(new LongPoint("effective", c.effectiveFrom().toEpochMilli()));
        doc.add(new LongPoint("expires", c.expiresAt() == null ? Long.MAX_VALUE : c.expiresAt().toEpochMilli()));
        doc.add(new TextField("title" + suffix, c.title(), Field.Store.NO));
        doc.add(new TextField("body" + suffix, text, Field.Store.NO));
        doc.add(new TextField("tags" + suffix, String.join(" , ", c.tags()), Field.Store.NO));
        doc.add(new TextField("utterances" + suffix, String.join(" \n ", utterances), Field.Store.NO));
        if (article.language() == Language.ZH) {
            doc.add(new TextField(CJK, c.title() + "\n" + text + "\n" + String.join("\n", utterances), Field.Store.NO));
        }
        writer.addDocument(doc);
        articles.put(article.id(), new IndexedArticle(article, text, markdown.toHtml(c.body())));
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
