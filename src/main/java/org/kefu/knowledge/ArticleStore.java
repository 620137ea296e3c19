package org.kefu.knowledge;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Articles, their working copies and their published versions in PostgreSQL. */
@Repository
public class ArticleStore {

    static final Map<String, String> SORTABLE = Map.of("updatedAt", "a.updated_at", "title", "a.title",
            "status", "a.status", "category", "a.category");

    private static final String CONTENT = "title, body, category, tags, products, audience, effective_from, expires_at,"
            + " intent, utterances_zh, utterances_en";

    private final JdbcClient jdbc;

    ArticleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String slug, Language language, String owner, ArticleContent c, String actor) {
        return jdbc.sql("insert into knowledge_article (slug, language, owner, status, " + CONTENT
                        + ", created_by, edited_by, editors)"
                        + " values (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, array[?]::text[]) returning id")
                .params(slug, language.name(), owner, c.title(), c.body(), c.category(), array(c.tags()),
                        array(c.products()), c.audience().name(), ts(c.effectiveFrom()), ts(c.expiresAt()), c.intent(),
                        array(c.utterancesZh()), array(c.utterancesEn()), actor, actor, actor)
                .query(Long.class).single();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select exists (select 1 from knowledge_article where slug = ?)").param(slug)
                .query(Boolean.class).single();
    }

    Optional<Article> find(long id) {
        return jdbc.sql("select * from knowledge_article a where id = ?").param(id).query(ArticleStore::article).optional();
    }

    Optional<Article> findForUpdate(long id) {
        return jdbc.sql("select * from knowledge_article a where id = ? for update").param(id)
                .query(ArticleStore::article).optional();
    }

    /** Replaces the working copy if nobody changed the row since {@code rowVersion}; false if someone did. */
    boolean updateContent(long id, int rowVersion, String owner, ArticleContent c, String actor) {
        return jdbc.sql("update knowledge_article set status = 'DRAFT', owner = ?, title = ?, body = ?, category = ?,"
                        + " tags = ?, products = ?, audience = ?, effective_from = ?, expires_at = ?, intent = ?,"
                        + " utterances_zh = ?, utterances_en = ?, edited_by = ?, submitted_by = null,"
                        + " editors = array_append(array_remove(editors, ?), ?),"
                        + " updated_at = now(), row_version = row_version + 1 where id = ? and row_version = ?")
                .params(owner, c.title(), c.body(), c.category(), array(c.tags()), array(c.products()),
                        c.audience().name(), ts(c.effectiveFrom()), ts(c.expiresAt()), c.intent(),
                        array(c.utterancesZh()), array(c.utterancesEn()), actor, actor, actor, id, rowVersion)
                .update() == 1;
    }

    boolean moveTo(long id, int rowVersion, ArticleStatus status, Integer servedVersion, String submittedBy,
                   String comment) {
        // A publication starts the list of editors afresh: the next change is checked against its own makers.
        return jdbc.sql("update knowledge_article set status = ?, served_version = ?, submitted_by = ?,"
                        + " review_comment = ?, updated_at = now(), row_version = row_version + 1,"
                        + " editors = case when ? = 'PUBLISHED' then '{}' else editors end"
                        + " where id = ? and row_version = ?")
                .params(status.name(), servedVersion, submittedBy, comment, status.name(), id, rowVersion)
                .update() == 1;
    }

    /** Serialises the approvals of one intent in one language until the transaction ends. */
    void lockIntent(Language language, String intent) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(? || ':' || ?))").params(language.name(), intent)
                .query((rs, n) -> 1).single();
    }

    /** Everyone who changed the working copy since it was last published (the writer first). */
    List<String> editors(long id) {
        return jdbc.sql("select editors from knowledge_article where id = ?").param(id)
                .query((rs, n) -> list(rs.getArray("editors"))).optional().orElse(List.of());
    }

    void insertVersion(Article a, int versionNo, List<String> editors, String approver, Instant at) {
        ArticleContent c = a.content();
        jdbc.sql("insert into knowledge_article_version (article_id, version_no, " + CONTENT
                        + ", edited_by, submitted_by, approved_by, approved_at, editors)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), versionNo, c.title(), c.body(), c.category(), array(c.tags()), array(c.products()),
                        c.audience().name(), ts(c.effectiveFrom()), ts(c.expiresAt()), c.intent(),
                        array(c.utterancesZh()), array(c.utterancesEn()), a.editedBy(), a.submittedBy(), approver,
                        ts(at), array(editors))
                .update();
    }

    void markRetired(long id, int versionNo, String actor, Instant at) {
        jdbc.sql("update knowledge_article_version set retired_by = ?, retired_at = ? where article_id = ? and version_no = ?")
                .params(actor, ts(at), id, versionNo).update();
    }

    int lastVersionNo(long id) {
        return jdbc.sql("select coalesce(max(version_no), 0) from knowledge_article_version where article_id = ?")
                .param(id).query(Integer.class).single();
    }

    List<ArticleVersion> versions(long id) {
        return jdbc.sql("select * from knowledge_article_version where article_id = ? order by version_no desc")
                .param(id).query(ArticleStore::version).list();
    }

    /** Every served version (expired ones too: expiry is checked when reading, so time alone needs no job). */
    public List<ServedArticle> served() {
        return served("", Map.of());
    }

    /** Id and served version of every article that has one, to compare with an index. */
    Map<Long, Integer> servedVersions() {
        Map<Long, Integer> versions = new java.util.HashMap<>();
        jdbc.sql("select id, served_version from knowledge_article where served_version is not null")
                .query(rs -> {
                    versions.put(rs.getLong(1), rs.getInt(2));
                });
        return versions;
    }

    public Optional<ServedArticle> served(long id) {
        return served(" and a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private List<ServedArticle> served(String where, Map<String, Object> params) {
        return jdbc.sql("select a.id, a.slug, a.language, a.owner, v.* from knowledge_article a"
                        + " join knowledge_article_version v on v.article_id = a.id and v.version_no = a.served_version"
                        + " where a.served_version is not null" + where + " order by a.id")
                .params(params)
                .query((rs, n) -> new ServedArticle(rs.getLong("id"), rs.getString("slug"),
                        Language.valueOf(rs.getString("language")), rs.getString("owner"), rs.getInt("version_no"),
                        content(rs)))
                .list();
    }

    PageResult<Article> list(ArticleStatus status, String owner, PageQuery page) {
        String where = " where (cast(:status as text) is null or a.status = :status)"
                + " and (cast(:owner as text) is null or a.owner = :owner)";
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("status", status == null ? null : status.name());
        params.put("owner", owner);
        long total = jdbc.sql("select count(*) from knowledge_article a" + where).params(params)
                .query(Long.class).single();
        List<Article> items = jdbc.sql("select * from knowledge_article a" + where + page.sqlTail(SORTABLE, "a.id"))
                .params(params).query(ArticleStore::article).list();
        return PageResult.of(items, page, total);
    }

    long count() {
        return jdbc.sql("select count(*) from knowledge_article").query(Long.class).single();
    }

    private static Article article(ResultSet rs, int n) throws SQLException {
        int servedNo = rs.getInt("served_version");
        Integer served = rs.wasNull() ? null : servedNo;
        return new Article(rs.getLong("id"), rs.getString("slug"), Language.valueOf(rs.getString("language")),
                rs.getString("owner"), ArticleStatus.valueOf(rs.getString("status")), rs.getInt("row_version"),
                served, content(rs), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getString("edited_by"), instant(rs, "updated_at"), rs.getString("submitted_by"),
                rs.getString("review_comment"));
    }

    private static ArticleVersion version(ResultSet rs, int n) throws SQLException {
        return new ArticleVersion(rs.getLong("article_id"), rs.getInt("version_no"), content(rs),
                rs.getString("edited_by"), rs.getString("submitted_by"), rs.getString("approved_by"),
                instant(rs, "approved_at"), rs.getString("retired_by"), instant(rs, "retired_at"));
    }

    private static ArticleContent content(ResultSet rs) throws SQLException {
        return new ArticleContent(rs.getString("title"), rs.getString("body"), rs.getString("category"),
                list(rs.getArray("tags")), list(rs.getArray("products")),
                ArticleAudience.valueOf(rs.getString("audience")), instant(rs, "effective_from"),
                instant(rs, "expires_at"), rs.getString("intent"), list(rs.getArray("utterances_zh")),
                list(rs.getArray("utterances_en")));
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }
}
