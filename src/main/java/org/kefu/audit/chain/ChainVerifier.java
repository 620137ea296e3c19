package org.kefu.audit.chain;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the chain in the database from its start (the last archive anchor, or the beginning) to the
 * head, a batch at a time, recomputing every content hash and link, and stops at the first break.
 * It reads one snapshot (REPEATABLE READ), so entries being chained or archived meanwhile cannot make
 * it see a gap that is not there.
 */
@Service
public class ChainVerifier {

    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    ChainVerifier(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactionManager);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    public ChainVerification verify() {
        return snapshot.execute(status -> walk());
    }

    private ChainVerification walk() {
        ChainLink start = ChainLink.start(jdbc);
        ChainLink head = ChainLink.head(jdbc);
        long unchained = jdbc.sql("select count(*) from audit_entry where chain_seq is null").query(Long.class).single();
        String previous = start.hash();
        long expected = start.seq() + 1;
        ChainBreak broken = null;
        while (broken == null && expected <= head.seq()) {
            List<ChainedEntry> batch = jdbc.sql("select " + ChainedEntry.COLUMNS + " from audit_entry"
                            + " where chain_seq >= ? and chain_seq <= ? order by chain_seq limit " + BATCH)
                    .params(expected, head.seq()).query(ChainedEntry::map).list();
            if (batch.isEmpty()) {
                broken = new ChainBreak(null, expected, ChainBreak.Problem.MISSING_TAIL, "chain_seq " + expected
                        + " to " + head.seq() + " are missing; the chain head records " + head.seq());
            }
            for (int i = 0; i < batch.size() && broken == null; i++) {
                broken = batch.get(i).check(previous, expected);
                if (broken == null) {
                    previous = batch.get(i).chainHash();
                    expected++;
                }
            }
        }
        if (broken == null && !previous.equals(head.hash())) {
            broken = new ChainBreak(null, head.seq(), ChainBreak.Problem.CHAIN_HASH_MISMATCH,
                    "the chain head does not match the entry at chain_seq " + head.seq());
        }
        return new ChainVerification(broken == null, start.seq(), expected - start.seq() - 1, unchained, broken,
                Instant.now());
    }
}
