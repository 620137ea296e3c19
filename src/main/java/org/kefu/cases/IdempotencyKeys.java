package org.kefu.cases;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code Idempotency-Key}s channels send with an intake: each names at most one case of its client,
 * so a retried or doubled request opens one case and the repeat finds it.
 */
@Repository
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims an idempotency key for a case yet to be inserted, in one statement: the key row takes the id
     * the case will get (its foreign key is checked at commit, migration 60), so it never needs a second
     * write. Empty if the key is taken; a concurrent claim of the same key waits for this one's commit.
     */
    Optional<Long> claim(String client, String key) {
        return jdbc.sql("insert into case_idempotency_key (client, key, case_id) values (?, ?,"
                        + " nextval(pg_get_serial_sequence('service_case', 'id'))) on conflict do nothing returning case_id")
                .params(client, key).query(Long.class).optional();
    }

    Optional<String> claimedCase(String client, String key) {
        return jdbc.sql("select c.number from case_idempotency_key k join service_case c on c.id = k.case_id"
                + " where k.client = ? and k.key = ?").params(client, key).query(String.class).optional();
    }
}
