package org.kefu.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.kefu.cases.CaseClocks;
import org.kefu.cases.CaseKind;
import org.kefu.cases.CaseStatus;
import org.kefu.platform.ConflictException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The regulatory clocks of complaints: started on acceptance under the default jurisdiction, paused while
 * waiting for an external appraisal where the preset says so, restarted by new facts, stopped by the
 * decision. Each change answers the case's new regulatory due time (null: nothing running).
 */
@Service
class RegulatoryClocks {

    private final RegulatoryClockStore store;
    private final PolicyMatcher matcher;
    private final Clock clock;
    private final RegulatoryClockPreset defaultPreset;

    RegulatoryClocks(RegulatoryClockStore store, PolicyMatcher matcher, Clock clock,
                     @Value("${kefu.sla.default-jurisdiction:GUIDE}") String defaultJurisdiction) {
        this.store = store;
        this.matcher = matcher;
        this.clock = clock;
        this.defaultPreset = RegulatoryClockPreset.of(defaultJurisdiction).orElseThrow(() ->
                new IllegalStateException("kefu.sla.default-jurisdiction must be one of " + RegulatoryClockPreset.codes()));
    }

    RegulatoryClockPreset defaultPreset() {
        return defaultPreset;
    }

    /** Complaints only; other cases have no regulatory clock. */
    Optional<RegulatoryClock> opened(CaseClocks.Facts f) {
        if (f.kind() != CaseKind.COMPLAINT) {
            return Optional.empty();
        }
        RegulatoryClock started = RegulatoryClock.start(f.caseId(), defaultPreset, f.createdAt());
        store.save(started);
        return Optional.of(started);
    }

    Optional<RegulatoryClock> of(long caseId) {
        return store.read(caseId);
    }

    /** Pauses on waiting for a third party (appraisal) where the preset allows; resumes on leaving it. */
    Optional<RegulatoryClock> statusChanged(CaseClocks.Facts f, CaseStatus from, CaseStatus to) {
        return store.find(f.caseId()).map(c -> {
            Instant now = clock.instant();
            RegulatoryClock next = c;
            if (c.preset().pausesForThirdParty() && to == CaseStatus.WAITING_FOR_THIRD_PARTY) {
                next = c.paused(now);
            } else if (from == CaseStatus.WAITING_FOR_THIRD_PARTY) {
                next = c.resumed(now);
            }
            if (to == CaseStatus.CANCELLED) {
                next = next.decided(now);
            }
            store.save(next);
            return next;
        });
    }

    /** New facts from the complainant restart the clock where the preset says so (before the decision only). */
    private Optional<RegulatoryClock> restarted(CaseClocks.Facts f) {
        return store.find(f.caseId()).map(c -> {
            if (!c.preset().restartsOnNewFacts() || c.decidedAt() != null) {
                return c;
            }
            Instant now = clock.instant();
            store.voidPending(f.caseId(), "system", now);
            RegulatoryClock restarted = c.restarted(now);
            store.save(restarted);
            return restarted;
        });
    }

    /** New facts taken down by a worker (a call, a letter): the same restart, or a conflict where it does not apply. */
    RegulatoryClock restartForNewFacts(CaseClocks.Facts f) {
        RegulatoryClock c = store.find(f.caseId())
                .orElseThrow(() -> new ConflictException("sla.regulatory.none", f.number()));
        if (c.decidedAt() != null) {
            throw new ConflictException("sla.regulatory.decided", f.number());
        }
        if (!c.preset().restartsOnNewFacts()) {
            throw new ConflictException("sla.regulatory.no-restart", c.preset().code());
        }
        return restarted(f).orElseThrow();
    }

    Optional<RegulatoryClock> decided(CaseClocks.Facts f) {
        return store.find(f.caseId()).map(c -> {
            RegulatoryClock decided = c.decidedAt() != null ? c : c.decided(clock.instant());
            store.save(decided);
            return decided;
        });
    }

    /** The jurisdiction of a complaint, counted from the same start; extensions of another preset lapse. */
    RegulatoryClock setJurisdiction(CaseClocks.Facts f, RegulatoryClockPreset preset) {
        RegulatoryClock clockNow = store.find(f.caseId())
                .orElseGet(() -> RegulatoryClock.start(f.caseId(), preset, f.createdAt()));
        RegulatoryClock next = clockNow.under(preset);
        store.save(next);
        return next;
    }

    /** The nearest milestone to meet; a paused clock shows the time it would have if it resumed now. */
    Instant due(RegulatoryClock c, CaseClocks.Facts f) {
        return c.resumed(clock.instant()).dueAt(matcher.regulatoryCalendar(f.unitCode()), f.firstResponseAt() != null);
    }

    List<RegulatoryClockPreset.Milestone> milestones(RegulatoryClock c, CaseClocks.Facts f) {
        return c.milestones(matcher.regulatoryCalendar(f.unitCode()));
    }

    Instant reviewUntil(RegulatoryClock c, CaseClocks.Facts f) {
        return c.reviewUntil(matcher.regulatoryCalendar(f.unitCode()));
    }

    List<RegulatoryClockStore.Extension> extensions(long caseId) {
        return store.extensions(caseId);
    }
}
