package org.kefu.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.kefu.cases.CaseClocks;
import org.springframework.stereotype.Component;

/**
 * A case's deadlines as the API shows them: ISO-8601 with the offset of the calendar's zone, the policy
 * and calendar they come from, and the regulatory clock with its milestones and extensions.
 */
@Component
class DeadlineReport {

    /** The zone of records that have no calendar of their own (extensions). */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CaseDeadlines deadlines;
    private final PolicyMatcher matcher;
    private final RegulatoryClocks regulatory;

    DeadlineReport(CaseDeadlines deadlines, PolicyMatcher matcher, RegulatoryClocks regulatory) {
        this.deadlines = deadlines;
        this.matcher = matcher;
        this.regulatory = regulatory;
    }

    record Deadlines(String firstResponse, String nextUpdate, String resolution, String regulatory) {
    }

    record Milestone(String name, String dueAt, String metBy, boolean optional) {
    }

    record Extension(long id, int level, int days, String reason, boolean customerTold, String state,
                     String requestedBy, String requestedAt, String decidedBy, String decidedAt) {
    }

    record Regulatory(String jurisdiction, String calendar, String startedAt, int restarts, boolean paused,
                      int extendedDays, String decidedAt, String reviewUntil, List<Milestone> milestones,
                      List<Extension> extensions) {
    }

    record CaseReport(String caseNumber, String status, PolicyView.Applied policy, String calendar, boolean paused,
                      String pausedSince, long pausedTotalSeconds, Deadlines deadlines, Regulatory regulatory) {
    }

    CaseReport of(CaseClocks.Facts f) {
        CaseClocks.Deadlines d = f.deadlines();
        Optional<SlaPolicy> policy = deadlines.pinned(d);
        WorkingCalendar cal = policy.map(p -> matcher.calendar(p, f.unitCode(), f.channelName()))
                .orElse(matcher.regulatoryCalendar(f.unitCode()));
        ZoneId zone = cal.zone();
        Regulatory reg = regulatory.of(f.caseId()).map(c -> regulatory(c, f)).orElse(null);
        return new CaseReport(f.number(), f.statusName(), PolicyView.Applied.of(policy.orElse(null)), cal.code(),
                d.pausedSince() != null, iso(d.pausedSince(), zone), d.pausedTotalSeconds(),
                new Deadlines(iso(d.firstResponseDueAt(), zone), iso(d.nextUpdateDueAt(), zone),
                        iso(d.resolutionDueAt(), zone), iso(d.regulatoryDueAt(), zone)), reg);
    }

    private Regulatory regulatory(RegulatoryClock c, CaseClocks.Facts f) {
        WorkingCalendar cal = matcher.regulatoryCalendar(f.unitCode());
        ZoneId zone = cal.zone();
        return new Regulatory(c.preset().code(), cal.code(), iso(c.startedAt(), zone), c.restarts(),
                c.pausedSince() != null, c.extendedDays(), iso(c.decidedAt(), zone),
                iso(regulatory.reviewUntil(c, f), zone), milestones(regulatory.milestones(c, f), zone),
                regulatory.extensions(f.caseId()).stream().map(e -> extension(e, zone)).toList());
    }

    static List<Milestone> milestones(List<RegulatoryClockPreset.Milestone> milestones, ZoneId zone) {
        return milestones.stream().map(m -> new Milestone(m.name(), iso(m.dueAt(), zone),
                m.metBy().name().toLowerCase(java.util.Locale.ROOT), m.optional())).toList();
    }

    static Extension extension(RegulatoryClockStore.Extension e, ZoneId zone) {
        return new Extension(e.id(), e.level(), e.days(), e.reason(), e.customerTold(), e.state(), e.requestedBy(),
                iso(e.requestedAt(), zone), e.decidedBy(), iso(e.decidedAt(), zone));
    }

    static String iso(Instant at, ZoneId zone) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).toOffsetDateTime());
    }
}
