package org.kefu.audit.chain;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A position of the chain and its hash: where the database chain starts, or where it ends. */
public record ChainLink(long seq, String hash) {

    /** The last archive's anchor, or the genesis link (0) before any archive. */
    public static ChainLink start(JdbcClient jdbc) {
        return jdbc.sql("select chain_seq, chain_hash from audit_chain_anchor order by chain_seq desc limit 1")
                .query((rs, row) -> new ChainLink(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new ChainLink(0, ChainHash.GENESIS));
    }

    /** The last linked position, as the chain head records it. */
    public static ChainLink head(JdbcClient jdbc) {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, row) -> new ChainLink(rs.getLong(1), rs.getString(2))).single();
    }
}
