package org.kefu.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a case may carry: what customers send as evidence (statements, receipts, screenshots,
 * letters, spreadsheets). Each has the media type it is served with and the extensions its name may have;
 * what a file really is comes from {@link CaseAttachmentSniffer}, never from the uploader.
 */
enum CaseAttachmentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    TEXT("text/plain", "txt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final Set<String> extensions;

    CaseAttachmentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = Set.of(extensions);
    }

    String mediaType() {
        return mediaType;
    }

    /** What the download declares: text is always served as UTF-8, the only text encoding accepted. */
    String contentType() {
        return this == TEXT ? mediaType + ";charset=UTF-8" : mediaType;
    }

    boolean fits(String fileName) {
        return extensions.contains(extensionOf(fileName));
    }

    static Optional<CaseAttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** The type a name claims by its extension, if it is one of ours. */
    static Optional<CaseAttachmentType> claimedBy(String fileName) {
        String extension = extensionOf(fileName);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
