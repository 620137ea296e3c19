package org.kefu.audit.chain;

import java.time.Instant;

/**
 * The result of walking the chain.
 *
 * @param startSeq  the position after which the database chain starts (0, or the last archived one)
 * @param checked   entries verified (up to the first break)
 * @param unchained entries written but not yet linked by the chainer
 * @param firstBreak null when intact
 */
public record ChainVerification(boolean intact, long startSeq, long checked, long unchained, ChainBreak firstBreak,
                                Instant verifiedAt) {
}
