package org.kefu.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** An entry as stored, with the hashes that protect it: what verifiers and the archiver read. */
public record ChainedEntry(long id, EntryContent content, String contentHash, Long chainSeq, String chainHash) {

    public static final String COLUMNS = "id, occurred_at, actor_type, actor_id, org_unit_id, org_unit_code, ip,"
            + " action, entity_type, entity_id, summary, reason, outcome, request_id, content_hash, chain_seq, chain_hash";

    public static ChainedEntry map(ResultSet rs, int row) throws SQLException {
        EntryContent content = new EntryContent(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_type"), rs.getString("actor_id"), rs.getObject("org_unit_id", Long.class),
                rs.getString("org_unit_code"), rs.getString("ip"), rs.getString("action"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
                rs.getString("reason"), rs.getString("outcome"), rs.getString("request_id"));
        return new ChainedEntry(rs.getLong("id"), content, rs.getString("content_hash"),
                rs.getObject("chain_seq", Long.class), rs.getString("chain_hash"));
    }

    /**
     * What is wrong with this entry as the link after {@code previousChainHash} at {@code expectedSeq},
     * or null when it verifies. Content is checked first, so an edited entry is named as such.
     */
    public ChainBreak check(String previousChainHash, long expectedSeq) {
        if (chainSeq == null || chainSeq != expectedSeq) {
            return new ChainBreak(id, expectedSeq, ChainBreak.Problem.MISSING_ENTRY,
                    "chain_seq " + expectedSeq + " is missing; entry " + id + " follows with chain_seq " + chainSeq);
        }
        if (!content.hash(id).equals(contentHash)) {
            return new ChainBreak(id, expectedSeq, ChainBreak.Problem.CONTENT_ALTERED,
                    "entry " + id + " does not match its content hash");
        }
        if (!ChainHash.link(previousChainHash, contentHash, expectedSeq).equals(chainHash)) {
            return new ChainBreak(id, expectedSeq, ChainBreak.Problem.CHAIN_HASH_MISMATCH,
                    "entry " + id + " does not link to the entry before it");
        }
        return null;
    }
}
