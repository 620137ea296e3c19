package org.kefu.cases;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.NotFoundException;
import org.kefu.platform.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a case the actor may see. An upload is checked completely (size, name, what the
 * bytes really are against what the name and the declared type claim) before anything is written; then
 * content, metadata, timeline entry and audit entry commit together, so an acknowledged upload survives a
 * crash and a refused one leaves nothing behind. Each download is verified against its SHA-256.
 */
@Service
class CaseAttachments {

    private static final Logger log = LoggerFactory.getLogger(CaseAttachments.class);
    private static final Set<CaseStatus> CLOSED = Set.of(CaseStatus.ARCHIVED, CaseStatus.CANCELLED);

    private final Cases cases;
    private final CaseAttachmentStore store;
    private final CaseAttachmentProperties limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseAttachments(Cases cases, CaseAttachmentStore store, CaseAttachmentProperties limits,
                    ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /** A file as it arrived: the name and type the client sent, and the bytes (null: no file at all). */
    record Upload(String fileName, String declaredType, byte[] content) {
    }

    /** An attachment's metadata and its verified content. */
    record Download(CaseAttachmentStore.Attachment attachment, byte[] content) {
    }

    @Transactional(readOnly = true)
    List<CaseAttachmentStore.Attachment> list(String number, Actor actor) {
        return store.of(cases.find(number, actor).theCase().id());
    }

    @Transactional
    CaseAttachmentStore.Attachment add(String number, Upload upload, Actor actor) {
        Case c = cases.find(number, actor).theCase();
        Checked file = check(upload);
        if (CLOSED.contains(c.status())) {
            throw new CaseAttachmentRefused(ProblemType.CONFLICT, "case-closed", "case.attachment.case-closed",
                    number);
        }
        if (store.lockAndCount(c.id()) >= limits.maxPerCase()) {
            throw new CaseAttachmentRefused(ProblemType.CONFLICT, "too-many", "case.attachment.too-many",
                    limits.maxPerCase());
        }
        Instant now = clock.instant();
        long id = store.insert(c.id(), file.name(), file.declaredType(), file.type(), upload.content(),
                sha256(upload.content()), actor.id(), now);
        store.recordOnTimeline(c.id(), actor.id(), file.name(), now);
        events.publishEvent(new CaseAttachmentAdded(number, id, file.name(), file.type().mediaType(),
                upload.content().length));
        return store.find(c.id(), id).orElseThrow();
    }

    /** Not read-only: the download is audited in the same transaction. */
    @Transactional
    Download open(String number, long id, Actor actor) {
        Case c = cases.find(number, actor).theCase();
        CaseAttachmentStore.Attachment attachment = store.find(c.id(), id)
                .orElseThrow(() -> new NotFoundException("attachment", id));
        byte[] content = store.content(attachment.storageKey());
        if (content.length != attachment.size() || !sha256(content).equals(attachment.sha256())) {
            // Case number and attachment id only: the file name may be personal data.
            log.error("Attachment {} of case {} does not match its SHA-256: the stored content was altered",
                    id, number);
            throw new ConflictException("case.attachment.corrupted");
        }
        events.publishEvent(new CaseAttachmentDownloaded(number, id, attachment.fileName(), attachment.size()));
        return new Download(attachment, content);
    }

    private record Checked(String name, String declaredType, CaseAttachmentType type) {
    }

    /** Every reason to refuse the file itself, before the database is touched. */
    private Checked check(Upload upload) {
        if (upload == null || upload.content() == null) {
            throw new CaseAttachmentRefused(ProblemType.VALIDATION, "required", "case.attachment.required");
        }
        if (upload.content().length == 0) {
            throw new CaseAttachmentRefused(ProblemType.VALIDATION, "empty", "case.attachment.empty");
        }
        if (upload.content().length > limits.maxSize().toBytes()) {
            throw new CaseAttachmentRefused(ProblemType.PAYLOAD_TOO_LARGE, "too-large", "case.attachment.too-large",
                    limits.maxSize().toMegabytes());
        }
        String name = CaseAttachmentNames.sanitise(upload.fileName(), limits.maxNameLength());
        if (name == null) {
            throw new CaseAttachmentRefused(ProblemType.VALIDATION, "name", "case.attachment.name");
        }
        if (CaseAttachmentType.claimedBy(name).isEmpty()) {
            throw new CaseAttachmentRefused(ProblemType.UNSUPPORTED_MEDIA_TYPE, "unsupported-type",
                    "case.attachment.unsupported-type");
        }
        CaseAttachmentType type = CaseAttachmentSniffer.sniff(upload.content())
                .filter(sniffed -> sniffed.fits(name))
                .orElseThrow(() -> new CaseAttachmentRefused(ProblemType.UNSUPPORTED_MEDIA_TYPE, "content-mismatch",
                        "case.attachment.content-mismatch"));
        String declared = declaredMediaType(upload.declaredType());
        if (declared != null && !declared.equals(type.mediaType())) {
            throw new CaseAttachmentRefused(ProblemType.UNSUPPORTED_MEDIA_TYPE, "content-mismatch",
                    "case.attachment.content-mismatch");
        }
        return new Checked(name, declared, type);
    }

    /**
     * The declared type without parameters; null when the client declared nothing specific
     * ({@code application/octet-stream} is what browsers send for a type they do not know).
     */
    private static String declaredMediaType(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String type = declared.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return switch (type) {
            case "application/octet-stream" -> null;
            case "image/jpg", "image/pjpeg" -> "image/jpeg"; // older browsers' names for JPEG
            case "image/x-png" -> "image/png";
            default -> type;
        };
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
