package org.kefu.cases;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The category tree as forms offer it: parents first, each child after its parent, indented. */
@Component
class CaseCategories {

    private final JdbcClient jdbc;

    CaseCategories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A category ready for a select: its code and its name in the reader's language. */
    record Option(String code, String label, boolean child) {
    }

    List<Option> options(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        return jdbc.sql("select c.code, c.parent, c.name_zh, c.name_en from case_category c"
                        + " left join case_category p on p.code = c.parent"
                        + " order by coalesce(p.position, c.position), c.parent nulls first, c.position")
                .query((rs, n) -> new Option(rs.getString("code"),
                        rs.getString(chinese ? "name_zh" : "name_en"), rs.getString("parent") != null))
                .list();
    }

    /** The name of one category in the reader's language; the code itself if it is unknown. */
    String label(String code, Locale locale) {
        String column = "zh".equals(locale.getLanguage()) ? "name_zh" : "name_en";
        return jdbc.sql("select " + column + " from case_category where code = ?").param(code)
                .query(String.class).optional().orElse(code);
    }
}
