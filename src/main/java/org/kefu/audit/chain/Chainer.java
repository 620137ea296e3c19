package org.kefu.audit.chain;

import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed entries into the chain, in id order, each batch in one short transaction. Only the
 * transaction holding the single {@code audit_chain_head} row may chain, so on several nodes one chains
 * and the others skip the round (SKIP LOCKED: nobody waits). Writers are never involved: an entry that
 * commits late is simply linked in a later round, at a later position. See docs/decisions/0007.
 */
@Component
public class Chainer {

    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Counter chained;

    Chainer(JdbcClient jdbc, PlatformTransactionManager transactionManager, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.chained = Counter.builder("kefu.audit.chain.chained").description("Audit entries linked into the chain")
                .register(meters);
    }

    /** Links everything committed so far; returns how many entries were linked. */
    public long chainPending() {
        long total = 0;
        int linked;
        do {
            linked = transactions.execute(status -> chainBatch());
            total += linked;
        } while (linked == BATCH);
        chained.increment(total);
        return total;
    }

    private int chainBatch() {
        Optional<ChainLink> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1"
                        + " for update skip locked")
                .query((rs, row) -> new ChainLink(rs.getLong(1), rs.getString(2))).optional();
        if (head.isEmpty()) {
            return 0;
        }
        List<Pending> pending = jdbc.sql("select id, content_hash from audit_entry where chain_seq is null"
                        + " order by id limit " + BATCH)
                .query((rs, row) -> new Pending(rs.getLong(1), rs.getString(2))).list();
        if (pending.isEmpty()) {
            return 0;
        }
        Long[] ids = new Long[pending.size()];
        Long[] seqs = new Long[pending.size()];
        String[] hashes = new String[pending.size()];
        long seq = head.get().seq();
        String hash = head.get().hash();
        for (int i = 0; i < pending.size(); i++) {
            seq++;
            hash = ChainHash.link(hash, pending.get(i).contentHash(), seq);
            ids[i] = pending.get(i).id();
            seqs[i] = seq;
            hashes[i] = hash;
        }
        jdbc.sql("update audit_entry e set chain_seq = v.seq, chain_hash = v.hash"
                        + " from unnest(?::bigint[], ?::bigint[], ?::text[]) as v(id, seq, hash) where e.id = v.id")
                .params(ids, seqs, hashes).update();
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ?, updated_at = now() where id = 1")
                .params(seq, hash).update();
        return pending.size();
    }

    private record Pending(long id, String contentHash) {
    }
}
