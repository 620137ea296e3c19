package org.kefu.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.kefu.cases.CaseClocks;
import org.kefu.cases.CaseStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Computes a case's deadlines on every change that affects them and stores them on the case in the same
 * transaction (decision 0020): the policy's clocks (first response, next update, resolution) and the
 * regulatory clock of a complaint. Waiting for the customer or a third party stops the policy's clocks;
 * resuming moves them on by the paused (working) time. The policy version a case started with stays
 * pinned; only an admin's re-application or a regrading to another policy changes it.
 */
@Service
class CaseDeadlines {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CaseDeadlines.class);

    static final String FIRST_RESPONSE = "first_response";
    static final String NEXT_UPDATE = "next_update";
    static final String RESOLUTION = "resolution";
    static final String REGULATORY = "regulatory";

    private final CaseClocks cases;
    private final PolicyStore policies;
    private final PolicyMatcher matcher;
    private final RegulatoryClocks regulatory;
    private final ClockOutcomeStore outcomes;
    private final ObjectProvider<DeadlineTimers> timers;
    private final Clock clock;

    CaseDeadlines(CaseClocks cases, PolicyStore policies, PolicyMatcher matcher, RegulatoryClocks regulatory,
                  ClockOutcomeStore outcomes, ObjectProvider<DeadlineTimers> timers, Clock clock) {
        this.cases = cases;
        this.policies = policies;
        this.matcher = matcher;
        this.regulatory = regulatory;
        this.outcomes = outcomes;
        this.timers = timers;
        this.clock = clock;
    }

    void opened(String number) {
        try {
            openedClocks(number);
        } catch (IllegalArgumentException | java.time.DateTimeException beyondCalendars) {
            // A policy the calendars cannot serve must not stop cases being taken: the case opens without
            // deadlines, and operators are told.
            log.error("SLA deadlines of case {} not computed: {}", number, beyondCalendars.getMessage());
        }
    }

    private void openedClocks(String number) {
        cases.facts(number).ifPresent(f -> {
            Optional<SlaPolicy> policy = matcher.first(matcher.profile(f));
            Instant regulatoryDue = regulatory.opened(f).map(c -> regulatory.due(c, f)).orElse(null);
            CaseClocks.Deadlines d = policy.map(p -> fromStart(f, p, null, regulatoryDue))
                    .orElse(new CaseClocks.Deadlines(null, null, null, null, null, regulatoryDue, null, 0));
            store(f, d, policy.orElse(null));
        });
    }

    /** The clocks of {@code p} counted from the case's start (moved on by the time it was paused). */
    private CaseClocks.Deadlines fromStart(CaseClocks.Facts f, SlaPolicy p, Instant nextUpdate, Instant regulatoryDue) {
        WorkingCalendar cal = matcher.calendar(p, f.unitCode(), f.channelName());
        CaseClocks.Deadlines old = f.deadlines();
        Duration paused = Duration.ofSeconds(old.pausedTotalSeconds());
        Instant first = f.firstResponseAt() != null || p.firstResponse() == null ? null
                : p.firstResponse().dueFrom(f.createdAt(), cal).plus(paused);
        // A reopened case was resolved once: its resolution clock runs from the reopening (set then), not
        // from its creation; a case that is not open work has none.
        Instant resolution = p.resolution() == null || !f.status().isOpenWork() ? null
                : f.resolvedAt() != null ? old.resolutionDueAt()
                : p.resolution().dueFrom(f.createdAt(), cal).plus(paused);
        return new CaseClocks.Deadlines(p.id(), p.version(), first, nextUpdate, resolution, regulatoryDue,
                old.pausedSince(), old.pausedTotalSeconds());
    }

    void statusChanged(String number, CaseStatus from, CaseStatus to) {
        cases.facts(number).ifPresent(f -> {
            CaseClocks.Deadlines d = f.deadlines();
            Instant now = clock.instant();
            Instant regulatoryDue = regulatory.statusChanged(f, from, to).map(c -> regulatory.due(c, f))
                    .orElse(d.regulatoryDueAt());
            Optional<SlaPolicy> policy = pinned(d);
            if (to == CaseStatus.CANCELLED || to == CaseStatus.ARCHIVED) {
                store(f, new CaseClocks.Deadlines(d.policyId(), d.policyVersion(), null, null, null,
                        to == CaseStatus.CANCELLED ? null : regulatoryDue, null, d.pausedTotalSeconds()), null);
                return;
            }
            if (f.waiting() && d.pausedSince() == null) {
                d = new CaseClocks.Deadlines(d.policyId(), d.policyVersion(), d.firstResponseDueAt(),
                        d.nextUpdateDueAt(), d.resolutionDueAt(), regulatoryDue, now, d.pausedTotalSeconds());
            } else if (!f.waiting() && d.pausedSince() != null) {
                d = resumed(f, d, policy.orElse(null), now, regulatoryDue);
            } else {
                d = withRegulatory(d, regulatoryDue);
            }
            if (to == CaseStatus.REOPENED && policy.isPresent() && policy.get().resolution() != null) {
                Instant due = policy.get().resolution().dueFrom(now, matcher.calendar(policy.get(), f.unitCode(),
                        f.channelName()));
                d = new CaseClocks.Deadlines(d.policyId(), d.policyVersion(), d.firstResponseDueAt(),
                        d.nextUpdateDueAt(), due, d.regulatoryDueAt(), d.pausedSince(), d.pausedTotalSeconds());
            }
            store(f, d, policy.orElse(null));
        });
    }

    /**
     * The deadlines a clock met now is judged against: during a pause the stored ones are frozen where the
     * pause began, so they move on by the pause so far, as they would on resuming.
     */
    private CaseClocks.Deadlines asOfNow(CaseClocks.Facts f, CaseClocks.Deadlines d, Instant now) {
        return d.pausedSince() == null ? d : resumed(f, d, pinned(d).orElse(null), now, d.regulatoryDueAt());
    }

    /** Each running clock moves on by the time paused: working time for a working target, wall time else. */
    private CaseClocks.Deadlines resumed(CaseClocks.Facts f, CaseClocks.Deadlines d, SlaPolicy p, Instant now,
                                         Instant regulatoryDue) {
        Instant since = d.pausedSince();
        long total = d.pausedTotalSeconds() + Math.max(0, Duration.between(since, now).toSeconds());
        if (p == null) {
            return new CaseClocks.Deadlines(d.policyId(), d.policyVersion(), d.firstResponseDueAt(),
                    d.nextUpdateDueAt(), d.resolutionDueAt(), regulatoryDue, null, total);
        }
        WorkingCalendar cal = matcher.calendar(p, f.unitCode(), f.channelName());
        return new CaseClocks.Deadlines(d.policyId(), d.policyVersion(),
                moved(p.firstResponse(), d.firstResponseDueAt(), since, now, cal),
                moved(p.nextUpdate(), d.nextUpdateDueAt(), since, now, cal),
                moved(p.resolution(), d.resolutionDueAt(), since, now, cal), regulatoryDue, null, total);
    }

    private static Instant moved(PolicyTarget target, Instant due, Instant from, Instant to, WorkingCalendar cal) {
        return due == null ? null : target == null ? due.plus(Duration.between(from, to))
                : target.movedBy(due, from, to, cal);
    }

    /** A customer-visible reply meets the first-response and next-update clocks. */
    void replied(String number, boolean visibleToCustomer) {
        if (!visibleToCustomer) {
            return;
        }
        cases.facts(number).ifPresent(f -> {
            CaseClocks.Deadlines d = f.deadlines();
            Instant now = clock.instant();
            CaseClocks.Deadlines judged = asOfNow(f, d, now);
            stopped(f, FIRST_RESPONSE, judged.firstResponseDueAt(), now);
            stopped(f, NEXT_UPDATE, judged.nextUpdateDueAt(), now);
            Instant regulatoryDue = regulatory.of(f.caseId()).map(c -> regulatory.due(c, f)).orElse(null);
            store(f, new CaseClocks.Deadlines(d.policyId(), d.policyVersion(), null, null, d.resolutionDueAt(),
                    regulatoryDue, d.pausedSince(), d.pausedTotalSeconds()), pinned(d).orElse(null));
        });
    }

    /**
     * A customer's message starts the next-update clock. Whether it brings new facts that restart a
     * regulatory clock is a supervisor's judgement (the restart API), not every "any news?".
     */
    void customerWrote(String number) {
        cases.facts(number).ifPresent(f -> {
            CaseClocks.Deadlines d = f.deadlines();
            Optional<SlaPolicy> policy = pinned(d);
            Instant now = clock.instant();
            // The first unanswered message starts the clock; chasing messages must not push it back.
            Instant next = d.nextUpdateDueAt() != null ? d.nextUpdateDueAt()
                    : policy.filter(p -> p.nextUpdate() != null && f.status().isOpenWork())
                    .map(p -> p.nextUpdate().dueFrom(d.pausedSince() != null ? d.pausedSince() : now,
                            matcher.calendar(p, f.unitCode(), f.channelName())))
                    .orElse(null);
            Instant regulatoryDue = d.regulatoryDueAt();
            store(f, new CaseClocks.Deadlines(d.policyId(), d.policyVersion(), d.firstResponseDueAt(), next,
                    d.resolutionDueAt(), regulatoryDue, d.pausedSince(), d.pausedTotalSeconds()), policy.orElse(null));
        });
    }

    /** Regraded: a case that now matches another policy runs on that one's current version. */
    void priorityChanged(String number) {
        cases.facts(number).ifPresent(f -> {
            Optional<SlaPolicy> now = matcher.first(matcher.profile(f));
            if (now.isPresent() && !Long.valueOf(now.get().id()).equals(f.deadlines().policyId())) {
                store(f, fromStart(f, now.get(), f.deadlines().nextUpdateDueAt(), f.deadlines().regulatoryDueAt()),
                        now.get());
            }
        });
    }

    void resolved(String number) {
        cases.facts(number).ifPresent(f -> {
            CaseClocks.Deadlines d = f.deadlines();
            Instant now = clock.instant();
            stopped(f, RESOLUTION, asOfNow(f, d, now).resolutionDueAt(), now);
            stopped(f, REGULATORY, d.regulatoryDueAt(), now);
            regulatory.decided(f);
            store(f, new CaseClocks.Deadlines(d.policyId(), d.policyVersion(), null, null, null, null, null,
                    d.pausedTotalSeconds()), null);
        });
    }

    /** An admin applies the current version of the policy that matches now, counted from the case's start. */
    SlaPolicy reapply(CaseClocks.Facts f) {
        if (!f.status().isOpenWork()) {
            throw new org.kefu.platform.ConflictException("sla.policy.case-closed", f.number());
        }
        SlaPolicy p = matcher.first(matcher.profile(f)).orElseThrow(() ->
                new org.kefu.platform.ConflictException("sla.policy.none-matches", f.number()));
        store(f, fromStart(f, p, f.deadlines().nextUpdateDueAt(), f.deadlines().regulatoryDueAt()), p);
        return p;
    }

    /** Jurisdiction changed: the case's regulatory due time follows. */
    void regulatoryChanged(CaseClocks.Facts f, RegulatoryClock c) {
        CaseClocks.Deadlines d = f.deadlines();
        store(f, withRegulatory(d, regulatory.due(c, f)), pinned(d).orElse(null));
    }

    private static CaseClocks.Deadlines withRegulatory(CaseClocks.Deadlines d, Instant regulatoryDue) {
        return new CaseClocks.Deadlines(d.policyId(), d.policyVersion(), d.firstResponseDueAt(), d.nextUpdateDueAt(),
                d.resolutionDueAt(), regulatoryDue, d.pausedSince(), d.pausedTotalSeconds());
    }

    Optional<SlaPolicy> pinned(CaseClocks.Deadlines d) {
        return d.policyId() == null ? Optional.empty() : policies.version(d.policyId(), d.policyVersion());
    }

    private void stopped(CaseClocks.Facts f, String clockName, Instant due, Instant at) {
        if (due != null) {
            CaseClocks.Deadlines d = f.deadlines();
            outcomes.record(f.caseId(), clockName, REGULATORY.equals(clockName) ? null : d.policyId(),
                    REGULATORY.equals(clockName) ? null : d.policyVersion(), f.orgUnitId(), due, at);
        }
    }

    /**
     * Writes the deadlines and hands the running ones to the timers (if the timers are there): a paused or
     * stopped clock is disarmed, a running one re-armed with its warnings.
     */
    private void store(CaseClocks.Facts f, CaseClocks.Deadlines d, SlaPolicy p) {
        cases.write(f.caseId(), d);
        DeadlineTimers t = timers.getIfAvailable();
        if (t == null) {
            return;
        }
        boolean paused = d.pausedSince() != null;
        boolean regulatoryPaused = regulatory.of(f.caseId()).map(c -> c.pausedSince() != null).orElse(false);
        arm(t, f, p, FIRST_RESPONSE, f.createdAt(), paused ? null : d.firstResponseDueAt());
        arm(t, f, p, NEXT_UPDATE, clock.instant(), paused ? null : d.nextUpdateDueAt());
        arm(t, f, p, RESOLUTION, f.createdAt(), paused ? null : d.resolutionDueAt());
        arm(t, f, p, REGULATORY, f.createdAt(), regulatoryPaused ? null : d.regulatoryDueAt());
    }

    private void arm(DeadlineTimers t, CaseClocks.Facts f, SlaPolicy p, String clockName, Instant start, Instant due) {
        if (due == null) {
            t.disarm(f.caseId(), clockName);
            return;
        }
        PolicyTarget target = p == null ? null : p.target(clockName);
        List<Double> fractions = p == null ? SlaPolicy.DEFAULT_WARNINGS : p.warnings();
        Instant from = start.isBefore(due) ? start : due;
        WorkingCalendar cal = target == null ? null : matcher.calendar(p, f.unitCode(), f.channelName());
        Instant now = clock.instant();
        // Warnings whose time has passed (given before a pause, a reopening or a regrade) are not given again.
        List<Instant> warnings = fractions.stream().map(x -> target == null
                ? from.plusMillis(Math.round(Duration.between(from, due).toMillis() * x))
                : target.fractionOf(from, due, x, cal)).filter(w -> w.isAfter(now)).toList();
        t.arm(new CaseDeadline(f.caseId(), f.number(), clockName, from, due, warnings,
                p == null || REGULATORY.equals(clockName) ? regulatoryCode(f) : p.code(),
                p == null || REGULATORY.equals(clockName) ? 0 : p.version(),
                p != null && p.reassignOnEscalation()));
    }

    private String regulatoryCode(CaseClocks.Facts f) {
        return regulatory.of(f.caseId()).map(c -> c.preset().code()).orElse("none");
    }
}
