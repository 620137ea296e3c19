package org.kefu.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kefu.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issued letters. The variables are stored as issued, the customer's name in them encrypted (it is the
 * only personal datum a letter carries); everything else is what the letter says about the complaint.
 */
@Repository
class ComplaintLetterStore {

    static final String CUSTOMER_NAME = "complaint.letter.customer-name";
    static final String NAME_VARIABLE = "customerName";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JsonMapper json;

    ComplaintLetterStore(JdbcClient jdbc, FieldCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    /** A letter; {@code variables} with the name decrypted. */
    record Letter(long id, long caseId, String caseNumber, ComplaintLetterKind kind, Long extensionId, String locale,
                  Map<String, Object> variables, Instant issuedAt, String issuedBy, String sha256) {
    }

    /** A letter without its content, for lists; {@code kind} as stored (acceptance, extension, decision). */
    record Issued(long id, String kind, String locale, Instant issuedAt, String sha256) {
    }

    /** The variables as they will read back from the database, so the letter issued renders as a re-download. */
    Map<String, Object> asStored(Map<String, Object> variables) {
        return json.readValue(json.writeValueAsString(new java.util.TreeMap<>(variables)), new TypeReference<>() { });
    }

    boolean exists(long caseId, ComplaintLetterKind kind, Long extensionId) {
        return jdbc.sql("select count(*) from complaint_letter where case_id = ? and kind = ?"
                        + " and extension_id is not distinct from ?")
                .params(caseId, kind.code(), extensionId).query(Long.class).single() > 0;
    }

    /** Empty when the letter exists already (a second delivery of the same event). */
    Optional<Long> insert(long caseId, ComplaintLetterKind kind, Long extensionId, String locale,
                          Map<String, Object> variables, Instant issuedAt, String issuedBy, String sha256) {
        Map<String, Object> stored = new java.util.TreeMap<>(variables);
        stored.computeIfPresent(NAME_VARIABLE, (k, name) -> cipher.encrypt(CUSTOMER_NAME, name.toString()));
        return jdbc.sql("insert into complaint_letter (case_id, kind, extension_id, locale, variables, issued_at,"
                        + " issued_by, sha256) values (?, ?, ?, ?, ?::jsonb, ?, ?, ?) on conflict do nothing returning id")
                .params(caseId, kind.code(), extensionId, locale, json.writeValueAsString(stored),
                        Timestamp.from(issuedAt), issuedBy, sha256)
                .query(Long.class).optional();
    }

    List<Issued> list(long caseId) {
        return jdbc.sql("select id, kind, locale, issued_at, sha256 from complaint_letter where case_id = ?"
                        + " order by issued_at, id")
                .param(caseId)
                .query((rs, n) -> new Issued(rs.getLong("id"), rs.getString("kind"),
                        rs.getString("locale"), rs.getTimestamp("issued_at").toInstant(), rs.getString("sha256")))
                .list();
    }

    Optional<Letter> find(long caseId, long id) {
        return jdbc.sql("select l.*, r.case_number from complaint_letter l join complaint_record r on r.case_id = l.case_id"
                        + " where l.case_id = ? and l.id = ?")
                .params(caseId, id).query(this::letter).optional();
    }

    private Letter letter(ResultSet rs, int row) throws SQLException {
        Map<String, Object> variables = json.readValue(rs.getString("variables"), new TypeReference<>() { });
        variables.computeIfPresent(NAME_VARIABLE, (k, name) -> cipher.decrypt(CUSTOMER_NAME, name.toString()));
        long extension = rs.getLong("extension_id");
        return new Letter(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
                ComplaintLetterKind.of(rs.getString("kind")).orElseThrow(), rs.wasNull() ? null : extension,
                rs.getString("locale"), variables, rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"),
                rs.getString("sha256"));
    }
}
