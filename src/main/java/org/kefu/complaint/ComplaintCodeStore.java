package org.kefu.complaint;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coding lists (channel, business type, cause) as rows of {@code complaint_code}. */
@Repository
class ComplaintCodeStore {

    static final List<String> DIMENSIONS = List.of("channel", "business", "cause");

    /** One code of a list; {@code verified}: checked against the bank's copy of JR/T 0169-2018. */
    record Code(String dimension, String code, String parentCode, String nameZh, String nameEn, int position,
                boolean active, boolean verified, String note, int version) {
    }

    private final JdbcClient jdbc;

    ComplaintCodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isActive(String dimension, String code) {
        return jdbc.sql("select count(*) from complaint_code where dimension = ? and code = ? and active")
                .params(dimension, code).query(Long.class).single() > 0;
    }

    List<Code> all() {
        return jdbc.sql(SELECT + " order by array_position(array['channel','business','cause'], dimension),"
                + " position, code").query(Code.class).list();
    }

    List<Code> active(String dimension) {
        return jdbc.sql(SELECT + " where dimension = ? and active order by position, code").param(dimension)
                .query(Code.class).list();
    }

    Optional<Code> find(String dimension, String code) {
        return jdbc.sql(SELECT + " where dimension = ? and code = ?").params(dimension, code).query(Code.class)
                .optional();
    }

    /** Whether any complaint record uses the code (then it is never deleted, only deactivated). */
    boolean used(String dimension, String code) {
        String column = switch (dimension) {
            case "channel" -> "channel_code";
            case "business" -> "business_code";
            default -> "cause_code";
        };
        return jdbc.sql("select exists (select 1 from complaint_record where " + column + " = ?)").param(code)
                .query(Boolean.class).single();
    }

    void insert(Code c) {
        jdbc.sql("insert into complaint_code (dimension, code, parent_code, name_zh, name_en, position, active,"
                        + " verified, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.dimension(), c.code(), c.parentCode(), c.nameZh(), c.nameEn(), c.position(), c.active(),
                        c.verified(), c.note()).update();
    }

    /** False when the code changed since {@code version} (or is gone). */
    boolean update(Code c, int version) {
        return jdbc.sql("update complaint_code set parent_code = ?, name_zh = ?, name_en = ?, position = ?,"
                        + " active = ?, verified = ?, note = ?, version = version + 1"
                        + " where dimension = ? and code = ? and version = ?")
                .params(c.parentCode(), c.nameZh(), c.nameEn(), c.position(), c.active(), c.verified(), c.note(),
                        c.dimension(), c.code(), version).update() == 1;
    }

    /** Inserts or overwrites by (dimension, code): the CSV import. */
    void upsert(Code c) {
        jdbc.sql("insert into complaint_code (dimension, code, parent_code, name_zh, name_en, position, active,"
                        + " verified, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (dimension, code) do update set parent_code = excluded.parent_code,"
                        + " name_zh = excluded.name_zh, name_en = excluded.name_en, position = excluded.position,"
                        + " active = excluded.active, verified = excluded.verified, note = excluded.note,"
                        + " version = complaint_code.version + 1")
                .params(c.dimension(), c.code(), c.parentCode(), c.nameZh(), c.nameEn(), c.position(), c.active(),
                        c.verified(), c.note()).update();
    }

    long count() {
        return jdbc.sql("select count(*) from complaint_code").query(Long.class).single();
    }

    private static final String SELECT = "select dimension, code, parent_code, name_zh, name_en, position, active,"
            + " verified, note, version from complaint_code";
}
