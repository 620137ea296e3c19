package org.kefu.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attachment tables: metadata in {@code case_attachment}, the bytes in {@code case_attachment_content}
 * (one row each, joined by the storage key). Callers find the case within their scope first; every read
 * here is by case id, so an attachment is only ever reached through a case the caller may see.
 */
@Repository
class CaseAttachmentStore {

    private final JdbcClient jdbc;

    CaseAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is known about an attached file; the content is read separately. */
    record Attachment(long id, long caseId, String fileName, String declaredType, CaseAttachmentType type,
                      long size, String sha256, String storageKey, String uploadedBy, Instant uploadedAt) {
    }

    /**
     * Locks the case row against other uploads until the transaction ends (edits of the case itself do
     * not wait: they take a weaker lock), and counts its attachments, so two concurrent uploads cannot
     * pass the per-case maximum together.
     */
    int lockAndCount(long caseId) {
        jdbc.sql("select id from service_case where id = ? for no key update").param(caseId).query(Long.class).single();
        return jdbc.sql("select count(*) from case_attachment where case_id = ?").param(caseId).query(Integer.class)
                .single();
    }

    long insert(long caseId, String fileName, String declaredType, CaseAttachmentType type, byte[] content,
                String sha256, String uploadedBy, Instant at) {
        String storageKey = UUID.randomUUID().toString();
        jdbc.sql("insert into case_attachment_content (storage_key, content) values (?, ?)")
                .params(storageKey, content).update();
        return jdbc.sql("insert into case_attachment (case_id, file_name, declared_type, sniffed_type, size, sha256,"
                        + " storage_key, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(caseId, fileName, declaredType, type.mediaType(), content.length, sha256, storageKey,
                        uploadedBy, Timestamp.from(at))
                .query(Long.class).single();
    }

    /**
     * The timeline entry of an upload. Written here rather than through the case store: an attachment is
     * not a change of the case aggregate and must not bump its version (an agent editing the case would
     * otherwise get a 409 because a colleague attached a file).
     */
    void recordOnTimeline(long caseId, String actor, String fileName, Instant at) {
        jdbc.sql("insert into case_entry (case_id, at, actor, type, text, visible_to_customer)"
                        + " values (?, ?, ?, 'attachment', ?, false)")
                .params(caseId, Timestamp.from(at), actor, fileName).update();
    }

    List<Attachment> of(long caseId) {
        return jdbc.sql("select * from case_attachment where case_id = ? order by id").param(caseId)
                .query(this::map).list();
    }

    Optional<Attachment> find(long caseId, long id) {
        return jdbc.sql("select * from case_attachment where case_id = ? and id = ?").params(caseId, id)
                .query(this::map).optional();
    }

    byte[] content(String storageKey) {
        return jdbc.sql("select content from case_attachment_content where storage_key = ?").param(storageKey)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private Attachment map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new Attachment(id, rs.getLong("case_id"), rs.getString("file_name"), rs.getString("declared_type"),
                CaseAttachmentType.ofMediaType(rs.getString("sniffed_type")).orElseThrow(
                        () -> new IllegalStateException("Unknown attachment type in row " + id)),
                rs.getLong("size"), rs.getString("sha256"), rs.getString("storage_key"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
