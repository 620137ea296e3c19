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

    /**
     * A letter without its content, for lists; {@code kind} as stored (acceptance, extension, decision);
     * {@code superseded}: a decision letter followed by one about a later version of the decision.
     */
    record Issued(long id, String kind, String locale, Instant issuedAt, String sha256, boolean superseded) {
    }

    /** The variables as they will read back from the database, so the letter issued renders as a re-download. */
    Map<String, Object> asStored(Map<String, Object> variables) {
        return json.readValue(json.writeValueAsString(new java.util.TreeMap<>(variables)), new TypeReference<>() { });
    }

    /**
     * Whether the letter was issued: acceptance once per case, extension once per {@code extensionId}, decision
     * once per {@code decisionVersion} (a decision changed after a reopening gets a letter of its own).
     */
    boolean exists(long caseId, ComplaintLetterKind kind, Long extensionId, Integer decisionVersion) {
        return jdbc.sql("select count(*) from complaint_letter where case_id = ? and kind = ?"
                        + " and extension_id is not distinct from ? and decision_version is not distinct from ?")
                .params(caseId, kind.code(), extensionId, decisionVersion).query(Long.class).single() > 0;
    }

    /** Empty when the letter exists already (a second delivery of the same event). */
    Optional<Long> insert(long caseId, ComplaintLetterKind kind, Long extensionId, Integer decisionVersion,
                          String locale, Map<String, Object> variables, Instant issuedAt, String issuedBy,
                          String sha256) {
        Map<String, Object> stored = new java.util.TreeMap<>(variables);
        Object name = stored.remove(NAME_VARIABLE);
        return jdbc.sql("insert into complaint_letter (case_id, kind, extension_id, decision_version, locale, variables,"
                        + " customer_name_enc, issued_at, issued_by, sha256) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)"
                        + " on conflict do nothing returning id")
                .params(caseId, kind.code(), extensionId, decisionVersion, locale, json.writeValueAsString(stored),
                        name == null ? null : cipher.encrypt(CUSTOMER_NAME, name.toString()),
                        Timestamp.from(issuedAt), issuedBy, sha256)
                .query(Long.class).optional();
    }

    /** Newest first; a decision letter is superseded once a letter about a later decision version exists. */
    List<Issued> list(long caseId) {
        return jdbc.sql("select l.id, l.kind, l.locale, l.issued_at, l.sha256, exists (select 1 from complaint_letter n"
                        + " where n.case_id = l.case_id and n.kind = 'decision' and n.decision_version > l.decision_version)"
                        + " as superseded from complaint_letter l where l.case_id = ? order by l.issued_at desc, l.id desc")
                .param(caseId)
                .query((rs, n) -> new Issued(rs.getLong("id"), rs.getString("kind"), rs.getString("locale"),
                        rs.getTimestamp("issued_at").toInstant(), rs.getString("sha256"), rs.getBoolean("superseded")))
                .list();
    }

    Optional<Letter> find(long caseId, long id) {
        return jdbc.sql("select l.*, r.case_number from complaint_letter l join complaint_record r on r.case_id = l.case_id"
                        + " where l.case_id = ? and l.id = ?")
                .params(caseId, id).query(this::letter).optional();
    }

    private Letter letter(ResultSet rs, int row) throws SQLException {
        Map<String, Object> variables = json.readValue(rs.getString("variables"), new TypeReference<>() { });
        String name = rs.getString("customer_name_enc");
        if (name != null) {
            variables.put(NAME_VARIABLE, cipher.decrypt(CUSTOMER_NAME, name));
        }
        long extension = rs.getLong("extension_id");
        return new Letter(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
                ComplaintLetterKind.of(rs.getString("kind")).orElseThrow(), rs.wasNull() ? null : extension,
                rs.getString("locale"), variables, rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"),
                rs.getString("sha256"));
    }
}
