package org.kefu.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The template tables. */
@Repository
class SurveyTemplateStore {

    private static final String SELECT = "select t.*, exists (select 1 from survey_response r"
            + " where r.template_id = t.id) as locked from survey_template t";

    private final JdbcClient jdbc;

    SurveyTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SurveyTemplate> all() {
        return jdbc.sql(SELECT + " order by t.code").query((rs, n) -> template(rs)).list();
    }

    Optional<SurveyTemplate> find(long id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query((rs, n) -> template(rs)).optional();
    }

    /** Locks the template row: its edits and the first response to it do not interleave. */
    Optional<SurveyTemplate> lock(long id) {
        jdbc.sql("select id from survey_template where id = ? for update").param(id).query(Long.class).optional();
        return find(id);
    }

    void lockShared(long id) {
        jdbc.sql("select id from survey_template where id = ? for share").param(id).query(Long.class).optional();
    }

    boolean codeTaken(String code, long exceptId) {
        return jdbc.sql("select count(*) from survey_template where code = ? and id <> ?").params(code, exceptId)
                .query(Long.class).single() > 0;
    }

    long insert(TemplateRequest r) {
        long id = jdbc.sql("insert into survey_template (code, name_zh, name_en, active) values (?, ?, ?, ?)"
                        + " returning id").params(r.code(), r.nameZh().strip(), r.nameEn().strip(),
                        r.active() == null || r.active()).query(Long.class).single();
        insertQuestions(id, r.questions());
        return id;
    }

    /** False if someone changed the template since {@code version} was read. */
    boolean update(long id, int version, TemplateRequest r, boolean questionsToo) {
        boolean updated = jdbc.sql("update survey_template set code = ?, name_zh = ?, name_en = ?, active = ?,"
                        + " version = version + 1, updated_at = now() where id = ? and version = ?")
                .params(r.code(), r.nameZh().strip(), r.nameEn().strip(), r.active() == null || r.active(), id,
                        version).update() == 1;
        if (updated && questionsToo) {
            jdbc.sql("delete from survey_question where template_id = ?").param(id).update();
            insertQuestions(id, r.questions());
        }
        return updated;
    }

    boolean invited(long id) {
        return jdbc.sql("select exists (select 1 from survey_invitation where template_id = ?)"
                + " or exists (select 1 from survey_rule where template_id = ?)").params(id, id)
                .query(Boolean.class).single();
    }

    void delete(long id) {
        jdbc.sql("delete from survey_question where template_id = ?").param(id).update();
        jdbc.sql("delete from survey_template where id = ?").param(id).update();
    }

    private void insertQuestions(long templateId, List<TemplateRequest.Question> questions) {
        for (TemplateRequest.Question q : questions) {
            jdbc.sql("insert into survey_question (template_id, position, type, text_zh, text_en, weight, indicator,"
                            + " required) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(templateId, q.position(), q.type(), q.textZh().strip(), q.textEn().strip(), q.weight(),
                            q.indicator(), Boolean.TRUE.equals(q.required())).update();
        }
    }

    private SurveyTemplate template(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new SurveyTemplate(id, rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                rs.getBoolean("active"), rs.getInt("version"), rs.getBoolean("locked"), questions(id));
    }

    List<SurveyQuestion> questions(long templateId) {
        return jdbc.sql("select * from survey_question where template_id = ? order by position").param(templateId)
                .query((rs, n) -> new SurveyQuestion(rs.getLong("id"), rs.getInt("position"), rs.getString("type"),
                        rs.getString("text_zh"), rs.getString("text_en"), rs.getBigDecimal("weight"),
                        rs.getString("indicator"), rs.getBoolean("required"))).list();
    }
}
