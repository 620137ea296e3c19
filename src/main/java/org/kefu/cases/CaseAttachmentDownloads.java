package org.kefu.cases;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * The download answer, the same for the API and the page: always a download (never rendered inline, so an
 * HTML-looking text file cannot run in our origin), the type we sniffed rather than the one the uploader
 * claimed, browsers told not to second-guess it, a sandbox if it is opened anyway, and not cached.
 */
final class CaseAttachmentDownloads {

    private CaseAttachmentDownloads() {
    }

    static ResponseEntity<byte[]> response(CaseAttachments.Download download) {
        CaseAttachmentStore.Attachment a = download.attachment();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, a.type().contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(a.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .contentLength(download.content().length)
                .body(download.content());
    }

    /**
     * RFC 6266 with an RFC 5987 {@code filename*} in UTF-8 for the real (often Chinese) name, and a plain
     * ASCII {@code filename} for clients that do not read {@code filename*}.
     */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';'
                ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }
}
