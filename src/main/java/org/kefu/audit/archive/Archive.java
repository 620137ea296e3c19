package org.kefu.audit.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One archive: entries {@code firstSeq..lastSeq} of the chain, older than {@code cutoff}, moved to a
 * file under the archive directory. Its row is the anchor the database chain continues from.
 */
public record Archive(long id, String fileName, long firstSeq, long lastSeq, long entries, String lastChainHash,
                      LocalDate cutoff, String fileSha256, String reason, String archivedBy, Instant archivedAt) {
}
