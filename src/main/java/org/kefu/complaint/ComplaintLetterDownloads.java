package org.kefu.complaint;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The PDF answer for staff, API and portal alike: a download named after the case, never cached. */
final class ComplaintLetterDownloads {

    private ComplaintLetterDownloads() {
    }

    static ResponseEntity<byte[]> response(ComplaintLetters.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + download.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .contentLength(download.pdf().length)
                .body(download.pdf());
    }
}
