package org.kefu.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invitation table; tokens only as their HMAC. */
@Repository
class SurveyInvitationStore {

    private final JdbcClient jdbc;

    SurveyInvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False if the case has an invitation already (one per case, even when resolved again). */
    boolean insert(SurveyInvitation i, String tokenHash, Instant now) {
        return jdbc.sql("insert into survey_invitation (case_id, case_number, case_kind, case_channel, org_unit_id,"
                        + " agent, template_id, locale, sent_via, token_hash, expires_at, sent_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing")
                .params(i.caseId(), i.caseNumber(), i.caseKind(), i.caseChannel(), i.unitId(), i.agent(),
                        i.templateId(), i.locale(), i.sentVia(), tokenHash, Timestamp.from(i.expiresAt()),
                        Timestamp.from(now), Timestamp.from(now)).update() == 1;
    }

    Optional<SurveyInvitation> byToken(String tokenHash) {
        return jdbc.sql("select * from survey_invitation where token_hash = ?").param(tokenHash)
                .query((rs, n) -> invitation(rs)).optional();
    }

    /** Waits for a concurrent submission of the same link, then sees what it left. */
    Optional<SurveyInvitation> lockByToken(String tokenHash) {
        return jdbc.sql("select * from survey_invitation where token_hash = ? for update").param(tokenHash)
                .query((rs, n) -> invitation(rs)).optional();
    }

    Optional<SurveyInvitation> lockByCase(String caseNumber) {
        return jdbc.sql("select * from survey_invitation where case_number = ? for update").param(caseNumber)
                .query((rs, n) -> invitation(rs)).optional();
    }

    /** A resend: the new link replaces the old one, which stops working at once. */
    void replaceToken(long id, String tokenHash, String sentVia, Instant expiresAt, Instant now) {
        jdbc.sql("update survey_invitation set token_hash = ?, sent_via = ?, expires_at = ?, resends = resends + 1,"
                        + " updated_at = ? where id = ?")
                .params(tokenHash, sentVia, Timestamp.from(expiresAt), Timestamp.from(now), id).update();
    }

    void markUsed(long id, Instant now) {
        jdbc.sql("update survey_invitation set used_at = ?, updated_at = ? where id = ?")
                .params(Timestamp.from(now), Timestamp.from(now), id).update();
    }

    /** The language a complaint was made in (the complaint module records it); Chinese for anything else. */
    String localeOf(long caseId) {
        return jdbc.sql("select locale from complaint_record where case_id = ?").param(caseId).query(String.class)
                .optional().filter("en"::equals).orElse("zh-CN");
    }

    private static SurveyInvitation invitation(ResultSet rs) throws SQLException {
        Timestamp used = rs.getTimestamp("used_at");
        return new SurveyInvitation(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
                rs.getString("case_kind"), rs.getString("case_channel"), rs.getLong("org_unit_id"),
                rs.getString("agent"), rs.getLong("template_id"), rs.getString("locale"), rs.getString("sent_via"),
                rs.getTimestamp("expires_at").toInstant(), used == null ? null : used.toInstant(),
                rs.getInt("resends"));
    }
}
