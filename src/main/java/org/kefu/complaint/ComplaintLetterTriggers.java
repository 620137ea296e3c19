package org.kefu.complaint;

import org.kefu.cases.CaseKind;
import org.kefu.cases.CaseOpened;
import org.kefu.cases.CaseResolved;
import org.kefu.sla.ClockExtensionDecided;
import org.kefu.sla.ClockExtensionRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When letters are issued: each after the change it reports has committed (the intake, the resolution, the
 * extension stay as fast as before, and a letter is never sent about something that rolled back), in a
 * transaction of its own, redelivered after a crash by the event publication registry.
 */
@Component
class ComplaintLetterTriggers {

    private final ComplaintLetters letters;

    ComplaintLetterTriggers(ComplaintLetters letters) {
        this.letters = letters;
    }

    @ApplicationModuleListener
    void on(CaseOpened e) {
        if (e.kind() == CaseKind.COMPLAINT) {
            letters.issue(e.number(), ComplaintLetterKind.ACCEPTANCE, null);
        }
    }

    /** Only complaints have a record; the decision letter needs the decision (slice A's gate requires one). */
    @ApplicationModuleListener
    void on(CaseResolved e) {
        letters.issue(e.number(), ComplaintLetterKind.DECISION, null);
    }

    /** An extension granted on record needs no approval: the letter goes at once. */
    @ApplicationModuleListener
    void on(ClockExtensionRequested e) {
        if ("granted".equals(e.state())) {
            letters.issue(e.caseNumber(), ComplaintLetterKind.EXTENSION, e.extensionId());
        }
    }

    @ApplicationModuleListener
    void on(ClockExtensionDecided e) {
        if (e.approved()) {
            letters.issue(e.caseNumber(), ComplaintLetterKind.EXTENSION, e.extensionId());
        }
    }
}
