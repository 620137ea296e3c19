package org.kefu.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of case attachments.
 *
 * @param maxSize     largest file accepted (default 10 MiB); the upload request may be larger by the
 *                    multipart framing, see {@link #maxRequestSize()}
 * @param maxPerCase  most attachments one case may carry
 * @param maxNameLength longest file name kept (longer names are shortened, the extension kept)
 */
@ConfigurationProperties("kefu.cases.attachments")
record CaseAttachmentProperties(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("20") int maxPerCase,
                                @DefaultValue("200") int maxNameLength) {

    /** Room for the multipart boundaries, part headers and a CSRF field around the file. */
    static final DataSize FRAMING = DataSize.ofKilobytes(64);

    /** The largest upload request body: the file plus its framing. */
    DataSize maxRequestSize() {
        return DataSize.ofBytes(maxSize.toBytes() + FRAMING.toBytes());
    }
}
