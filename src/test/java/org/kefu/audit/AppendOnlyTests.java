package org.kefu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.audit.chain.ChainedEntry;
import org.kefu.platform.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The database itself refuses to change or remove entries, whoever asks, with two narrow exceptions. */
@KefuTest
class AppendOnlyTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private StoredEntries entries;
    private TransactionTemplate transaction;

    @BeforeEach
    void setUp() {
        entries = new StoredEntries(jdbc, transactionManager);
        transaction = new TransactionTemplate(transactionManager);
    }

    private long chainedEntry() {
        long id = trail.record("test.append-only.probe").entity("probe", "1").actor(Actor.system()).success();
        entries.awaitChained(id);
        return id;
    }

    @Test
    void aPlainUpdateIsRefused() {
        long id = chainedEntry();
        ChainedEntry before = entries.get(id);
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set summary = '{\"forged\":true}' where id = ?").param(id)
                .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor_id = 'someone.else' where id = ?").param(id)
                .update()).hasMessageContaining("append-only");
        assertThat(entries.get(id)).isEqualTo(before);
    }

    @Test
    void aPlainDeleteIsRefused() {
        long id = chainedEntry();
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).hasMessageContaining("append-only");
        assertThat(entries.exists(id)).isTrue();
    }

    @Test
    void chainColumnsAreSetOnceAndOnlyOnTheirOwn() {
        long id = chainedEntry();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set chain_seq = chain_seq + 1000000 where id = ?")
                .param(id).update()).hasMessageContaining("append-only");

        transaction.executeWithoutResult(status -> {
            long unchained = trail.record("test.append-only.probe").actor(Actor.system()).success();
            assertThatThrownBy(() -> jdbc.sql("update audit_entry set chain_seq = -1, chain_hash = repeat('0', 64),"
                    + " reason = 'slipped in' where id = ?").param(unchained).update())
                    .hasMessageContaining("append-only");
            status.setRollbackOnly();
        });
    }

    @Test
    void theChainersExceptionCoversEveryOtherColumnIncludingOnesAddedLater() {
        String trigger = jdbc.sql("select pg_get_triggerdef(oid) from pg_trigger where tgname = 'audit_entry_update_chain_only'")
                .query(String.class).single();
        List<String> columns = jdbc.sql("select column_name from information_schema.columns where table_name = 'audit_entry'"
                + " and column_name not in ('chain_seq', 'chain_hash')").query(String.class).list();
        assertThat(columns).hasSizeGreaterThan(10);
        for (String column : columns) {
            assertThat(trigger).as(column).contains("old." + column).contains("new." + column);
        }
    }

    @Test
    void nobodyInsertsAnEntryThatLooksChained() {
        assertThatThrownBy(() -> jdbc.sql("insert into audit_entry (occurred_at, actor_type, actor_id, action, summary,"
                + " outcome, content_hash, chain_seq, chain_hash) values (now(), 'SYSTEM', 'x', 'forged.entry', '{}',"
                + " 'SUCCESS', repeat('a', 64), -5, repeat('b', 64))").update()).hasMessageContaining("append-only");
    }

    @Test
    void onlyATransactionThatAnnouncesArchivingMayDelete() {
        long id = chainedEntry();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select set_config('kefu.audit_archive', 'on', true)").query(String.class).single();
            assertThat(jdbc.sql("delete from audit_entry where id = ?").param(id).update()).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(entries.exists(id)).as("rolled back").isTrue();
        transaction.executeWithoutResult(status -> assertThatThrownBy(() -> jdbc.sql(
                "delete from audit_entry where id = ?").param(id).update()).hasMessageContaining("append-only"));
    }
}
