package org.kefu.audit.chain;

/**
 * The first place where the chain does not verify. {@code description} is for operators and names
 * positions only, never content, so it can go to logs and alerts.
 *
 * @param entryId  the entry that fails; for a missing entry, the one found in its place (null at the end)
 * @param chainSeq the position that fails (for a missing entry, the missing position)
 */
public record ChainBreak(Long entryId, long chainSeq, Problem problem, String description) {

    public enum Problem {
        /** The entry's content no longer matches its content hash: it was edited. */
        CONTENT_ALTERED,
        /** The entry's chain hash does not follow from the one before it: an entry was edited or replaced. */
        CHAIN_HASH_MISMATCH,
        /** A position of the chain has no entry: an entry was deleted. */
        MISSING_ENTRY,
        /** The chain ends before the position its head records: entries at the end were deleted. */
        MISSING_TAIL,
        /** An archive file is not in the expected format or does not match its anchor. */
        MALFORMED
    }
}
