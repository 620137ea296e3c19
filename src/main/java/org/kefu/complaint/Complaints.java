package org.kefu.complaint;

import java.time.Clock;
import java.time.Instant;

import org.kefu.cases.ComplaintCases;
import org.kefu.identity.StaffDirectory;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.NotFoundException;
import org.kefu.sla.RegulatoryJurisdiction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint records as the actor may see and code them. A complaint outside the actor's scope is a 404,
 * as if it did not exist. Coding that names the staff member complained about takes the case away from
 * them (or from the one they report to) at once: recusal (回避) does not wait for the next assignment.
 */
@Service
class Complaints {

    private final ComplaintStore store;
    private final ComplaintCodeStore codes;
    private final ComplaintCases cases;
    private final StaffDirectory staff;
    private final RegulatoryJurisdiction jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Complaints(ComplaintStore store, ComplaintCodeStore codes, ComplaintCases cases, StaffDirectory staff,
               RegulatoryJurisdiction jurisdictions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.cases = cases;
        this.staff = staff;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.clock = clock;
    }

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
        ComplaintRecord before = found.record();
        ensureVersion(before, body.version());
        Instant now = clock.instant();
        if (!store.code(before.caseId(), body.version(), v, actor.id(), now)) {
            throw changed(number, body.version(), before.version());
        }
        if (v.jurisdiction() != null && !v.jurisdiction().equals(before.jurisdiction())) {
            jurisdictions.set(number, v.jurisdiction(), actor);
        }
        events.publishEvent(new ComplaintCoded(number, before.caseId(), v.channelCode(), v.businessCode(),
                v.causeCode()));
        if (v.subjectStaff() != null) {
            cases.releaseIfVetoed(number, "recusal");
        }
        return store.find(before.caseId()).orElseThrow();
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
