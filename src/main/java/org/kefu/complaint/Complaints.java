package org.kefu.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.kefu.cases.CaseWorkerVeto;
import org.kefu.cases.CasesPermissions;
import org.kefu.cases.ComplaintCases;
import org.kefu.identity.StaffDirectory;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.kefu.platform.RefusedException;
import org.kefu.sla.RegulatoryJurisdiction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint records as the actor may see and code them. A complaint outside the actor's scope is a 404,
 * as if it did not exist. Coding that names the staff member complained about takes the case away from
 * them (or from the one they report to) at once: recusal (回避) does not wait for the next assignment.
 * Coding and decision change only while the case is being worked: once its resolution is proposed, what the
 * reviewer, the sign-off rule and the customer's letter rely on stays as it was.
 */
@Service
class Complaints {

    private final ComplaintStore store;
    private final ComplaintCodeStore codes;
    private final ComplaintCases cases;
    private final StaffDirectory staff;
    private final Recusal recusal;
    private final RegulatoryJurisdiction jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Complaints(ComplaintStore store, ComplaintCodeStore codes, ComplaintCases cases, StaffDirectory staff,
               Recusal recusal, RegulatoryJurisdiction jurisdictions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.cases = cases;
        this.staff = staff;
        this.recusal = recusal;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.clock = clock;
    }

    /** The case statuses in which a complaint is being worked: its coding and decision may change only then. */
    static final Set<String> WORKING = Set.of("accepted", "planned", "in_progress", "waiting_for_customer",
            "waiting_for_third_party", "reopened");

    /** The record and its case, if the case is a complaint in the actor's scope. */
    record Found(ComplaintRecord record, ComplaintCases.Facts theCase) {
    }

    @Transactional(readOnly = true)
    Found find(String number, Actor actor) {
        ComplaintCases.Facts facts = cases.facts(number).filter(f -> actor.scope().includes(f.unitId()))
                .orElseThrow(() -> new NotFoundException("complaint", number));
        ComplaintRecord record = store.find(facts.id()).orElseThrow(() -> new NotFoundException("complaint", number));
        return new Found(record, facts);
    }

    @Transactional
    ComplaintRecord code(String number, ComplaintCoding body, Actor actor) {
        Found found = find(number, actor);
        ComplaintCoding.Valid v = body.validate(found.theCase().channel(), codes::isActive, staff::exists,
                RegulatoryJurisdiction.codes());
        ComplaintRecord before = lockWorking(found);
        // The stored record decides who is recused: clearing the subject staff cannot lift one's own recusal.
        refuseRecused(before.caseId(), actor);
        ensureVersion(before, body.version());
        boolean jurisdictionChanged = !Objects.equals(v.jurisdiction(), before.jurisdiction());
        if (jurisdictionChanged && v.jurisdiction() == null) {
            throw new InvalidInputException("jurisdiction", "required", "complaint.field.jurisdiction-set");
        }
        if (jurisdictionChanged && !actor.can(SUPERVISE)) {
            throw new RefusedException("complaint.jurisdiction.supervise", SUPERVISE);
        }
        Instant now = clock.instant();
        if (!store.code(before.caseId(), body.version(), v, actor.id(), now)) {
            throw changed(number, body.version(), before.version());
        }
        if (jurisdictionChanged) {
            jurisdictions.set(number, v.jurisdiction(), actor);
        }
        boolean subjectChanged = !Objects.equals(v.subjectStaff(), before.subjectStaff());
        events.publishEvent(new ComplaintCoded(number, before.caseId(), v.channelCode(), v.businessCode(),
                v.causeCode(), subjectChanged, v.subjectStaff()));
        if (v.subjectStaff() != null) {
            cases.releaseIfVetoed(number, "recusal");
        }
        return store.find(before.caseId()).orElseThrow();
    }

    /** Changing the regulatory clock takes what the SLA endpoint {@code POST .../regulatory-clock} takes. */
    static final String SUPERVISE = CasesPermissions.SUPERVISE;

    /**
     * Locks case and record (see {@link ComplaintStore#lockForChange}) and answers the record as it is now;
     * 409 unless the case is being worked.
     */
    ComplaintRecord lockWorking(Found found) {
        String status = store.lockForChange(found.record().caseId());
        if (!WORKING.contains(status)) {
            throw new ConflictException("complaint.not-working", found.theCase().number(), status)
                    .with("status", status);
        }
        return store.find(found.record().caseId()).orElseThrow();
    }

    void refuseRecused(long caseId, Actor actor) {
        recusal.refusal(caseId, actor.id(), CaseWorkerVeto.Duty.WORK).ifPresent(key -> {
            throw new RefusedException(key);
        });
    }

    static void ensureVersion(ComplaintRecord record, Integer version) {
        if (version != null && version != record.version()) {
            throw changed(record.caseNumber(), version, record.version());
        }
    }

    static ConflictException changed(String number, int yours, int current) {
        return new ConflictException("complaint.changed", number).with("yourVersion", yours)
                .with("currentVersion", current);
    }
}
