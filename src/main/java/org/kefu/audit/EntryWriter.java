package org.kefu.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.kefu.audit.chain.EntryContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends entries. One INSERT and nothing else: no lock, no read of the chain, so writers never wait
 * for each other and the entry joins whatever transaction the caller has open (without one, the
 * single statement is its own). The content hash is computed in the same statement because it covers
 * the id, which the sequence assigns there; {@link EntryContent#hash} recomputes it identically.
 */
@Component
class EntryWriter {

    private static final String INSERT = """
            insert into audit_entry (id, occurred_at, actor_type, actor_id, org_unit_id, org_unit_code, ip, action,
                                     entity_type, entity_id, summary, reason, outcome, request_id, content_hash)
            select n.id, ?::timestamptz, ?, ?, ?::bigint, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                   encode(sha256(convert_to(n.id::text || ':' || ?, 'UTF8')), 'hex')
            from (select nextval('audit_entry_id_seq') as id) n
            returning id""";

    private final JdbcClient jdbc;

    EntryWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(EntryContent entry) {
        return jdbc.sql(INSERT)
                .params(OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.actorType(),
                        entry.actorId(), entry.orgUnitId(), entry.orgUnitCode(), entry.ip(), entry.action(),
                        entry.entityType(), entry.entityId(), entry.summary(), entry.reason(), entry.outcome(),
                        entry.requestId(), entry.canonical())
                .query(Long.class).single();
    }
}
