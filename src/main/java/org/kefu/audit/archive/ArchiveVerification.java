package org.kefu.audit.archive;

import org.kefu.audit.chain.ChainBreak;

/**
 * The result of re-verifying an archive file on its own.
 *
 * @param continuesFromSeq the link the file's first line says it continues from (-1 if unreadable)
 * @param entries          entries verified (up to the first break)
 * @param firstBreak       null when intact
 */
public record ArchiveVerification(boolean intact, String fileName, long continuesFromSeq, long entries, long lastSeq,
                                  String lastChainHash, String fileSha256, ChainBreak firstBreak) {
}
