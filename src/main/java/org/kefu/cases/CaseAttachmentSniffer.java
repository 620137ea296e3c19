package org.kefu.cases;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tells what a file is from its bytes. Office files are ZIP containers: their central directory is read
 * (names only, nothing is inflated, so a ZIP bomb costs nothing) and must hold {@code [Content_Types].xml}
 * and the document's main part. Text must be valid UTF-8 without control characters other than tab, line
 * feed, carriage return and form feed, which rules out every binary format we do not know.
 */
final class CaseAttachmentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;

    private CaseAttachmentSniffer() {
    }

    static Optional<CaseAttachmentType> sniff(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(CaseAttachmentType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(CaseAttachmentType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(CaseAttachmentType.JPEG);
        }
        if (startsWith(content, GIF87) || startsWith(content, GIF89)) {
            return Optional.of(CaseAttachmentType.GIF);
        }
        if (startsWith(content, ZIP)) {
            return office(entryNames(content));
        }
        return isText(content) ? Optional.of(CaseAttachmentType.TEXT) : Optional.empty();
    }

    private static Optional<CaseAttachmentType> office(Set<String> names) {
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(CaseAttachmentType.DOCX);
        }
        return names.contains("xl/workbook.xml") ? Optional.of(CaseAttachmentType.XLSX) : Optional.empty();
    }

    /** The names in a ZIP's central directory; empty if the archive is malformed. */
    static Set<String> entryNames(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        Set<String> names = new HashSet<>();
        // The end record is the last 22 bytes, plus a comment of at most 65535 bytes.
        for (int end = zip.length - 22; end >= Math.max(0, zip.length - 22 - 65535); end--) {
            if (buffer.getInt(end) != END_OF_DIRECTORY) {
                continue;
            }
            int entries = Short.toUnsignedInt(buffer.getShort(end + 10));
            long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
            for (int i = 0; i < entries && offset + 46 <= zip.length; i++) {
                int at = (int) offset;
                if (buffer.getInt(at) != DIRECTORY_ENTRY) {
                    return Set.of();
                }
                int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
                int extra = Short.toUnsignedInt(buffer.getShort(at + 30));
                int comment = Short.toUnsignedInt(buffer.getShort(at + 32));
                if (at + 46 + nameLength > zip.length) {
                    return Set.of();
                }
                names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
                offset = offset + 46 + nameLength + extra + comment;
            }
            return names;
        }
        return Set.of();
    }

    static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
                    && c != '\f');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
