package org.kefu.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.Problems;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** A case's attachments: upload (multipart field {@code file}), list, download — within the caller's scope. */
@RestController
@RequestMapping("/api/v1/cases/{number}/attachments")
@Tag(name = "Case attachments", description = "Evidence files on a case (cases.read to list and download, cases.work to upload)")
class CaseAttachmentsApi {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CaseAttachmentsApi.class);

    private final CaseAttachments attachments;
    private final CurrentActor actor;
    private final Problems problems;
    private final CaseAttachmentProperties limits;

    CaseAttachmentsApi(CaseAttachments attachments, CurrentActor actor, Problems problems,
                       CaseAttachmentProperties limits) {
        this.limits = limits;
        this.attachments = attachments;
        this.actor = actor;
        this.problems = problems;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (PDF, PNG, JPEG, GIF, UTF-8 text, DOCX, XLSX; up to kefu.cases.attachments.max-size);"
            + " its content must be what its name and type say")
    ResponseEntity<CaseAttachmentView> upload(@PathVariable String number,
                                              @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        CaseAttachmentStore.Attachment added = attachments.add(number, upload(file), actor.get());
        CaseAttachmentView view = CaseAttachmentView.of(number, added);
        return ResponseEntity.created(URI.create(view.href())).body(view);
    }

    @GetMapping
    List<CaseAttachmentView> list(@PathVariable String number) {
        return attachments.list(number, actor.get()).stream().map(a -> CaseAttachmentView.of(number, a)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Download the file (always as an attachment, checked against its SHA-256; audited)")
    ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id) {
        return CaseAttachmentDownloads.response(attachments.open(number, id, actor.get()));
    }

    /** A form sent without choosing a file still has the part, with no name and no bytes: that is "no file". */
    static CaseAttachments.Upload upload(MultipartFile file) throws IOException {
        boolean none = file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank());
        return none ? null : new CaseAttachments.Upload(file.getOriginalFilename(), file.getContentType(),
                file.getBytes());
    }

    /**
     * A multipart body over the servlet's limit (sent without a length, so the API filter could not refuse
     * it up front): the same answer as a file over the attachment limit.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        return refused(new CaseAttachmentRefused(ProblemType.PAYLOAD_TOO_LARGE, "too-large",
                "case.attachment.too-large", limits.maxSize().toMegabytes()), request);
    }

    /**
     * Tomcat reports the same from the first {@code getParameter} (the language switch asks before the
     * controller does), as an {@code IllegalStateException} caused by its upload size check.
     */
    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> unparseable(IllegalStateException e, HttpServletRequest request) {
        if (CaseAttachmentRefused.isUploadSizeExceeded(e)) {
            return tooLarge(request);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problems.respond(problems.of(ProblemType.INTERNAL, request));
    }

    /** The refusal as a problem of its own status, naming the field {@code file} like any invalid input. */
    @ExceptionHandler(CaseAttachmentRefused.class)
    ResponseEntity<ProblemDetail> refused(CaseAttachmentRefused e, HttpServletRequest request) {
        String message = problems.message(e.messageKey(), e.args());
        ProblemDetail problem = problems.of(e.type(), message, request);
        problem.setProperty("errors", List.of(new FieldViolation("file", e.code(), message)));
        return problems.respond(problem);
    }
}
