package org.kefu.complaint;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kefu.platform.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The letters of a complaint over the API (complaint.read, the case within the caller's scope). */
@RestController
@RequestMapping("/api/v1/complaints/{number}/letters")
@Tag(name = "Complaint letters", description = "Acceptance, extension and decision letters as PDF (complaint.read)")
class ComplaintLetterApi {

    private final ComplaintLetters letters;
    private final CurrentActor actor;

    ComplaintLetterApi(ComplaintLetters letters, CurrentActor actor) {
        this.letters = letters;
        this.actor = actor;
    }

    /**
     * A letter as the API lists it; {@code href} downloads the PDF, whose SHA-256 is {@code sha256};
     * {@code superseded}: a decision letter followed by one about a later decision (after a reopening).
     */
    record LetterView(long id, String kind, String locale, Instant issuedAt, String sha256, boolean superseded,
                      String href) {
    }

    @GetMapping
    @Operation(summary = "The letters issued for the complaint, newest first")
    List<LetterView> list(@PathVariable String number) {
        return letters.list(number, actor.get()).stream().map(l -> new LetterView(l.id(), l.kind(), l.locale(),
                l.issuedAt(), l.sha256(), l.superseded(), "/api/v1/complaints/" + number + "/letters/" + l.id() + ".pdf")).toList();
    }

    @GetMapping("/{id}.pdf")
    @Operation(summary = "Download a letter as PDF (the same bytes as issued; audited)")
    ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id) {
        return ComplaintLetterDownloads.response(letters.open(number, id, actor.get()));
    }
}
