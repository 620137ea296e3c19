package org.kefu.audit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;

import org.kefu.audit.chain.ChainedEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Test access to the entry table: reading rows back, waiting for the chainer, tampering as a DBA would. */
public final class StoredEntries {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public StoredEntries(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public ChainedEntry get(long id) {
        return jdbc.sql("select " + ChainedEntry.COLUMNS + " from audit_entry where id = ?").param(id)
                .query(ChainedEntry::map).single();
    }

    public ChainedEntry atSeq(long chainSeq) {
        return jdbc.sql("select " + ChainedEntry.COLUMNS + " from audit_entry where chain_seq = ?").param(chainSeq)
                .query(ChainedEntry::map).single();
    }

    public boolean exists(long id) {
        return jdbc.sql("select count(*) from audit_entry where id = ?").param(id).query(Long.class).single() == 1;
    }

    /** Waits (up to 10 s) until the chainer has linked every one of {@code ids}. */
    public void awaitChained(long... ids) {
        Long[] boxed = Arrays.stream(ids).boxed().toArray(Long[]::new);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from audit_entry where id = any(?::bigint[]) and chain_seq is not null")
                .param(boxed).query(Long.class).single() == ids.length);
    }

    /**
     * Runs statements the way someone with database superuser rights would, past the append-only
     * trigger: {@code session_replication_role = replica} switches triggers off for this one
     * transaction only, so tests running meanwhile keep their protection.
     */
    public void asDatabaseAdministrator(String sql, Object... params) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql(sql).params(params).update();
        });
    }

    /** Puts a deleted entry back exactly as it was, chain columns included. */
    public void restore(ChainedEntry entry) {
        var c = entry.content();
        asDatabaseAdministrator("insert into audit_entry (id, occurred_at, actor_type, actor_id, org_unit_id,"
                        + " org_unit_code, ip, action, entity_type, entity_id, summary, reason, outcome, request_id,"
                        + " content_hash, chain_seq, chain_hash) values (?, ?::timestamptz, ?, ?, ?::bigint, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.id(), java.time.OffsetDateTime.ofInstant(c.occurredAt(), java.time.ZoneOffset.UTC),
                c.actorType(), c.actorId(), c.orgUnitId(), c.orgUnitCode(), c.ip(), c.action(), c.entityType(),
                c.entityId(), c.summary(), c.reason(), c.outcome(), c.requestId(), entry.contentHash(),
                entry.chainSeq(), entry.chainHash());
    }
}
