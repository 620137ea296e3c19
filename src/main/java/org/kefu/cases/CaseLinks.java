package org.kefu.cases;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links between related cases, one row per pair whichever side linked it. */
@Repository
class CaseLinks {

    private final JdbcClient jdbc;

    CaseLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False if the two were linked already. */
    boolean link(long one, long other, String by, Instant now) {
        return jdbc.sql("insert into case_link (case_id, other_id, created_by, created_at) values (?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(Math.min(one, other), Math.max(one, other), by, Timestamp.from(now)).update() == 1;
    }
}
