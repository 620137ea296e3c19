package org.kefu.audit.archive;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

import org.kefu.audit.chain.ChainBreak;
import org.kefu.audit.chain.ChainHash;
import org.kefu.audit.chain.ChainedEntry;
import org.kefu.audit.chain.EntryContent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An archive file: UTF-8 JSON lines. The first line names the link the file continues from; then one
 * line per entry with every stored column (the summary as the exact stored text, which its hash
 * covers); then a closing line with the count and the last link, so that a file cut short is noticed.
 * Anyone can re-verify a file with this format, {@link EntryContent} and {@link ChainHash} alone.
 */
final class ArchiveFile {

    static final String FORMAT = "kefu-audit-archive";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Header(String format, int version, long continuesFromSeq, String continuesFromHash, LocalDate cutoff,
                  Instant createdAt) {
    }

    record Line(long id, Instant occurredAt, String actorType, String actorId, Long orgUnitId, String orgUnitCode,
                String ip, String action, String entityType, String entityId, String summary, String reason,
                String outcome, String requestId, String contentHash, long chainSeq, String chainHash) {

        static Line of(ChainedEntry entry) {
            EntryContent c = entry.content();
            return new Line(entry.id(), c.occurredAt(), c.actorType(), c.actorId(), c.orgUnitId(), c.orgUnitCode(),
                    c.ip(), c.action(), c.entityType(), c.entityId(), c.summary(), c.reason(), c.outcome(),
                    c.requestId(), entry.contentHash(), entry.chainSeq(), entry.chainHash());
        }

        ChainedEntry entry() {
            return new ChainedEntry(id, new EntryContent(occurredAt, actorType, actorId, orgUnitId, orgUnitCode, ip,
                    action, entityType, entityId, summary, reason, outcome, requestId), contentHash, chainSeq, chainHash);
        }
    }

    record Closing(boolean end, long entries, long lastChainSeq, String lastChainHash) {
    }

    private ArchiveFile() {
    }

    /** Writes a file in one pass; {@link #finish} makes it durable and returns its SHA-256. */
    static final class Writer implements AutoCloseable {

        private final Path path;
        private final MessageDigest digest = ChainHash.sha256();
        private final BufferedWriter out;

        Writer(Path path, Header header) throws IOException {
            this.path = path;
            this.out = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(Files.newOutputStream(path,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING), digest), StandardCharsets.UTF_8));
            write(header);
        }

        void append(ChainedEntry entry) throws IOException {
            write(Line.of(entry));
        }

        String finish(Closing closing) throws IOException {
            write(closing);
            out.close();
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return HexFormat.of().formatHex(digest.digest());
        }

        private void write(Object line) throws IOException {
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    static ArchiveVerification verify(Path file) throws IOException {
        String sha256 = sha256Of(file);
        Header header = null;
        long expected = 0;
        long entries = 0;
        String previous = null;
        ChainBreak broken = null;
        Closing closing = null;
        int lineNumber = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = JSON.readValue(in.readLine(), Header.class);
            lineNumber = 1;
            if (!FORMAT.equals(header.format()) || header.version() != 1) {
                return malformed(file, sha256, 0, "line 1 is not the header of a version 1 Kefu audit archive");
            }
            previous = header.continuesFromHash();
            expected = header.continuesFromSeq() + 1;
            for (String text = in.readLine(); text != null && broken == null; text = in.readLine()) {
                lineNumber++;
                JsonNode node = JSON.readTree(text);
                if (closing != null) {
                    broken = new ChainBreak(null, expected, ChainBreak.Problem.MALFORMED,
                            "line " + lineNumber + " follows the closing line");
                } else if (node.has("end")) {
                    closing = JSON.treeToValue(node, Closing.class);
                } else {
                    Line line = JSON.treeToValue(node, Line.class);
                    broken = line.entry().check(previous, expected);
                    if (broken == null) {
                        previous = line.chainHash();
                        expected++;
                        entries++;
                    }
                }
            }
        } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
            broken = new ChainBreak(null, expected, ChainBreak.Problem.MALFORMED, "line " + Math.max(lineNumber + 1, 1)
                    + " is not a line of a Kefu audit archive");
        }
        if (broken == null && closing == null) {
            broken = new ChainBreak(null, expected, ChainBreak.Problem.MISSING_TAIL,
                    "the file ends after chain_seq " + (expected - 1) + " without its closing line");
        } else if (broken == null && (closing.entries() != entries || closing.lastChainSeq() != expected - 1
                || !previous.equals(closing.lastChainHash()))) {
            broken = new ChainBreak(null, expected, ChainBreak.Problem.MISSING_TAIL, "the closing line records "
                    + closing.entries() + " entries up to chain_seq " + closing.lastChainSeq() + ", the file holds "
                    + entries + " up to chain_seq " + (expected - 1));
        }
        return new ArchiveVerification(broken == null, file.getFileName().toString(),
                header == null ? -1 : header.continuesFromSeq(), entries, expected - 1, previous, sha256, broken);
    }

    private static ArchiveVerification malformed(Path file, String sha256, long seq, String description) {
        return new ArchiveVerification(false, file.getFileName().toString(), -1, 0, seq, null, sha256,
                new ChainBreak(null, seq, ChainBreak.Problem.MALFORMED, description));
    }

    static String sha256Of(Path file) throws IOException {
        MessageDigest digest = ChainHash.sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
