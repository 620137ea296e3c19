package org.kefu.cases;

import java.time.Instant;

/** An attachment as the API lists it; {@code href} downloads it. */
record CaseAttachmentView(long id, String fileName, String type, long size, String sha256, String uploadedBy,
                          Instant uploadedAt, String href) {

    static CaseAttachmentView of(String number, CaseAttachmentStore.Attachment a) {
        return new CaseAttachmentView(a.id(), a.fileName(), a.type().mediaType(), a.size(), a.sha256(),
                a.uploadedBy(), a.uploadedAt(), "/api/v1/cases/" + number + "/attachments/" + a.id());
    }
}
