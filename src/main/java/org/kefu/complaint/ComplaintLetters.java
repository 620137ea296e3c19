package org.kefu.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kefu.cases.ComplaintCases;
import org.kefu.platform.Actor;
import org.kefu.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the letters to the complainant and hands them out again. A letter is rendered once at issue, its
 * SHA-256 kept with the frozen variables; every download renders those variables again and must give the same
 * bytes. Staff see the letters of complaints in their scope; the portal those of the verified customer's case.
 */
@Service
public class ComplaintLetters {

    private static final Logger log = LoggerFactory.getLogger(ComplaintLetters.class);

    private final ComplaintLetterVariables variables;
    private final ComplaintLetterStore store;
    private final LetterRenderer renderer;
    private final ComplaintLetterNotices notices;
    private final ComplaintCases cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintLetters(ComplaintLetterVariables variables, ComplaintLetterStore store, LetterRenderer renderer,
                     ComplaintLetterNotices notices, ComplaintCases cases, ApplicationEventPublisher events,
                     Clock clock) {
        this.variables = variables;
        this.store = store;
        this.renderer = renderer;
        this.notices = notices;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    /** A letter as the portal lists it: no content, no personal data; superseded by a later decision letter. */
    public record PortalLetter(long id, String kind, String issuedOn, boolean superseded) {
    }

    record Download(ComplaintLetterStore.Letter letter, byte[] pdf) {

        String fileName() {
            return letter.caseNumber() + "-" + letter.kind().code() + ".pdf";
        }
    }

    /**
     * Issues the letter unless the case is no complaint or has it already: acceptance once, extension once per
     * {@code extensionId}, decision once per version of the decision (a complaint reopened and decided anew
     * gets a new decision letter; a second delivery of the same resolution gets nothing).
     */
    @Transactional
    void issue(String caseNumber, ComplaintLetterKind kind, Long extensionId) {
        Optional<ComplaintLetterVariables.Complaint> found = variables.complaint(caseNumber);
        if (found.isEmpty()) {
            return;
        }
        ComplaintLetterVariables.Complaint c = found.get();
        Integer decisionVersion = kind == ComplaintLetterKind.DECISION ? variables.decisionVersion(c).orElse(null) : null;
        if (kind == ComplaintLetterKind.DECISION && decisionVersion == null) {
            log.info("No decision letter for complaint {}: no decision on record", caseNumber);
            return;
        }
        if (store.exists(c.caseId(), kind, extensionId, decisionVersion)) {
            return;
        }
        // Milliseconds: the PDF's dates hold no more, and a re-download must render the same instant.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Map<String, Object>> content = switch (kind) {
            case ACCEPTANCE -> Optional.of(variables.acceptance(c, now));
            case EXTENSION -> variables.extension(c, extensionId, now);
            case DECISION -> variables.decision(c, now);
        };
        if (content.isEmpty()) {
            log.info("No {} letter for complaint {}: nothing to tell yet (no decision or extension on record)",
                    kind.code(), caseNumber);
            return;
        }
        Map<String, Object> frozen = store.asStored(content.get());
        long started = System.nanoTime();
        byte[] pdf = renderer.pdf(kind, c.locale(), frozen, now);
        String sha256 = LetterRenderer.sha256Hex(pdf);
        store.insert(c.caseId(), kind, extensionId, decisionVersion, c.locale(), frozen, now, "system", sha256)
                .ifPresent(id -> {
                    log.info("Issued the {} letter {} of complaint {} ({} bytes, rendered in {} ms)", kind.code(), id,
                            caseNumber, pdf.length, (System.nanoTime() - started) / 1_000_000);
                    notices.tell(caseNumber, kind, c.locale());
                    events.publishEvent(new ComplaintLetterIssued(caseNumber, id, kind.code(), c.locale(), sha256));
                });
    }

    @Transactional(readOnly = true)
    List<ComplaintLetterStore.Issued> list(String number, Actor actor) {
        return store.list(caseInScope(number, actor));
    }

    /** Not read-only: the download is audited in the same transaction. */
    @Transactional
    Download open(String number, long id, Actor actor) {
        return download(caseInScope(number, actor), id, actor.id() == null ? "staff" : "staff:" + actor.id());
    }

    /** For the portal's case page, which shows it only to the session that entered the case's code. */
    @Transactional(readOnly = true)
    public List<PortalLetter> forPortal(String number) {
        return variables.complaint(number).map(c -> store.list(c.caseId()).stream()
                        .map(l -> new PortalLetter(l.id(), l.kind(),
                                l.issuedAt().atZone(ComplaintLetterVariables.CHINA).toLocalDate().toString(),
                                l.superseded()))
                        .toList())
                .orElse(List.of());
    }

    /** The caller has checked that the session was verified for {@code number}. */
    @Transactional
    Download openForCustomer(String number, long id) {
        long caseId = variables.complaint(number).orElseThrow(() -> new NotFoundException("letter", id)).caseId();
        return download(caseId, id, "customer");
    }

    private Download download(long caseId, long id, String by) {
        ComplaintLetterStore.Letter letter = store.find(caseId, id).orElseThrow(() -> new NotFoundException("letter", id));
        byte[] pdf = renderer.pdf(letter.kind(), letter.locale(), letter.variables(), letter.issuedAt());
        if (!LetterRenderer.sha256Hex(pdf).equals(letter.sha256())) {
            // Another font or library version since the issue: same words, other bytes. Worth knowing, not refusing.
            log.warn("Letter {} of complaint {} no longer renders to the PDF issued (SHA-256 differs)", id,
                    letter.caseNumber());
        }
        events.publishEvent(new ComplaintLetterDownloaded(letter.caseNumber(), id, letter.kind().code(), by));
        return new Download(letter, pdf);
    }

    /** A complaint case within the caller's scope; anything else is not found, like a number that does not exist. */
    private long caseInScope(String number, Actor actor) {
        return cases.facts(number).filter(f -> "complaint".equals(f.kind()) && actor.scope().includes(f.unitId()))
                .map(ComplaintCases.Facts::id).orElseThrow(() -> new NotFoundException("case", number));
    }
}
