package org.kefu.audit.chain;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The links of the chain: {@code chain_hash = SHA-256(previous chain_hash ‖ content hash ‖ chain_seq)},
 * hashes as their 32 raw bytes and the sequence as 8 bytes big-endian. The first entry links to
 * {@link #GENESIS}.
 */
public final class ChainHash {

    public static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    public static String link(String previousChainHash, String contentHash, long chainSeq) {
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(previousChainHash));
        sha256.update(HEX.parseHex(contentHash));
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(chainSeq).array());
        return HEX.formatHex(sha256.digest());
    }

    public static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(sha256().digest(bytes));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
