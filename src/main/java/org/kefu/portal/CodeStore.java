package org.kefu.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The portal_code table: keyed hashes of one-time codes, never the codes. */
@Repository
class CodeStore {

    private final JdbcClient jdbc;

    CodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case's active code, locked until the transaction ends so two guesses cannot both count as one. */
    record ActiveCode(long id, String hash, int attempts, Instant expiresAt) {
    }

    /** Serialises code requests and checks of one case (the hourly count and "replace the previous one"). */
    void lockCase(String caseNumber) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('portal_code:' || ?))").param(caseNumber)
                .query((rs, n) -> 1).list();
    }

    int issuedSince(String caseNumber, Instant since) {
        return jdbc.sql("select count(*) from portal_code where case_number = ? and created_at > ?")
                .params(caseNumber, Timestamp.from(since)).query(Integer.class).single();
    }

    /** A new code replaces any earlier one still active. */
    void insertReplacing(String caseNumber, String hash, Instant now, Instant expiresAt) {
        jdbc.sql("update portal_code set status = 'superseded' where case_number = ? and status = 'active'")
                .param(caseNumber).update();
        jdbc.sql("insert into portal_code (case_number, code_hash, created_at, expires_at) values (?, ?, ?, ?)")
                .params(caseNumber, hash, Timestamp.from(now), Timestamp.from(expiresAt)).update();
    }

    Optional<ActiveCode> active(String caseNumber) {
        return jdbc.sql("select id, code_hash, attempts, expires_at from portal_code where case_number = ?"
                        + " and status = 'active' order by id desc limit 1 for update")
                .param(caseNumber)
                .query((rs, n) -> new ActiveCode(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant())).optional();
    }

    void end(long id, String status, Instant at) {
        jdbc.sql("update portal_code set status = ?, used_at = ? where id = ?")
                .params(status, Timestamp.from(at), id).update();
    }

    /** Counts a wrong entry; the code dies with the last allowed one. */
    void wrongAttempt(long id, int maxAttempts) {
        jdbc.sql("update portal_code set attempts = attempts + 1,"
                        + " status = case when attempts + 1 >= ? then 'dead' else status end where id = ?")
                .params(maxAttempts, id).update();
    }
}
