package org.kefu.audit;

import java.time.Instant;

/**
 * A verification found the audit chain broken, for modules that alert or open an incident. It carries
 * positions only, never entry content.
 *
 * @param entryId  the first entry that does not verify; null when entries at the end of the chain are missing
 * @param chainSeq its position in the chain (for a missing entry, the missing position)
 * @param problem  what is wrong, e.g. {@code CONTENT_ALTERED} or {@code MISSING_ENTRY}
 */
public record AuditChainBroken(Long entryId, long chainSeq, String problem, Instant detectedAt) {
}
