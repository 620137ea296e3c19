package org.kefu.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.audit.AuditChainBroken;
import org.kefu.audit.AuditTrail;
import org.kefu.audit.StoredEntries;
import org.kefu.platform.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Someone with database rights edits or deletes an entry behind Kefu's back: the verifier names it.
 * Each test puts the entry back and checks the chain is whole again, because other tests share the database.
 */
@KefuTest
@RecordApplicationEvents
class TamperTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    ChainMonitor monitor;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ApplicationEvents events;

    private StoredEntries entries;
    private long[] ids;

    @BeforeEach
    void writeThreeEntries() {
        entries = new StoredEntries(jdbc, transactionManager);
        ids = LongStream.range(0, 3).map(i -> trail.record("test.tamper.target").entity("probe", i)
                .summary("amount", 100 * i).actor(Actor.system()).success()).toArray();
        entries.awaitChained(ids);
    }

    @AfterEach
    void chainIsWholeAgain() {
        assertThat(monitor.verifyAndReport().intact()).as("chain after restoring").isTrue();
        assertThat(intactGauge()).isEqualTo(1.0);
    }

    @Test
    void anEditedSummaryIsNamedExactly() {
        ChainedEntry original = entries.get(ids[1]);
        try {
            entries.asDatabaseAdministrator("update audit_entry set summary = '{\"amount\":1}' where id = ?", ids[1]);
            ChainVerification result = monitor.verifyAndReport();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBreak().entryId()).isEqualTo(ids[1]);
            assertThat(result.firstBreak().chainSeq()).isEqualTo(original.chainSeq());
            assertThat(result.firstBreak().problem()).isEqualTo(ChainBreak.Problem.CONTENT_ALTERED);
            assertThat(intactGauge()).isZero();
            assertThat(events.stream(AuditChainBroken.class))
                    .containsExactly(new AuditChainBroken(ids[1], original.chainSeq(), "CONTENT_ALTERED", result.verifiedAt()));
        } finally {
            entries.asDatabaseAdministrator("update audit_entry set summary = ? where id = ?",
                    original.content().summary(), ids[1]);
        }
    }

    @Test
    void anEditWithARecomputedContentHashBreaksTheLink() {
        ChainedEntry original = entries.get(ids[1]);
        EntryContent c = original.content();
        EntryContent forged = new EntryContent(c.occurredAt(), c.actorType(), c.actorId(), c.orgUnitId(),
                c.orgUnitCode(), c.ip(), c.action(), c.entityType(), c.entityId(), "{\"amount\":1}", c.reason(),
                c.outcome(), c.requestId());
        try {
            entries.asDatabaseAdministrator("update audit_entry set summary = ?, content_hash = ? where id = ?",
                    forged.summary(), forged.hash(ids[1]), ids[1]);
            ChainBreak at = monitor.verifyAndReport().firstBreak();

            assertThat(at.entryId()).isEqualTo(ids[1]);
            assertThat(at.problem()).isEqualTo(ChainBreak.Problem.CHAIN_HASH_MISMATCH);
        } finally {
            entries.asDatabaseAdministrator("update audit_entry set summary = ?, content_hash = ? where id = ?",
                    c.summary(), original.contentHash(), ids[1]);
        }
    }

    @Test
    void aDeletedEntryIsNamedByItsPosition() {
        ChainedEntry deleted = entries.get(ids[1]);
        long next = entries.atSeq(deleted.chainSeq() + 1).id();
        try {
            entries.asDatabaseAdministrator("delete from audit_entry where id = ?", ids[1]);
            ChainVerification result = monitor.verifyAndReport();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBreak().problem()).isEqualTo(ChainBreak.Problem.MISSING_ENTRY);
            assertThat(result.firstBreak().chainSeq()).isEqualTo(deleted.chainSeq());
            assertThat(result.firstBreak().entryId()).isEqualTo(next);
            assertThat(events.stream(AuditChainBroken.class)).singleElement()
                    .extracting(AuditChainBroken::chainSeq).isEqualTo(deleted.chainSeq());
        } finally {
            entries.restore(deleted);
        }
    }

    private double intactGauge() {
        return meters.get("kefu.audit.chain.intact").gauge().value();
    }
}
