package org.kefu.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.kefu.cases.CaseChannel;
import org.kefu.cases.CaseKind;
import org.kefu.platform.ConflictException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which deadlines would apply to a case not yet opened: for promises to customers ("we will reply by …").
 * Nothing is written. Deadlines are ISO-8601 with the offset of the calendar's zone.
 */
@RestController
@Tag(name = "SLA simulation", description = "The deadlines a case would get (sla.simulate)")
class SlaSimulationApi {

    private final PolicyMatcher matcher;

    SlaSimulationApi(PolicyMatcher matcher) {
        this.matcher = matcher;
    }

    record Simulation(String kind, String priority, String channel, String orgUnit, String category, String segment,
                      String jurisdiction, String start) {
    }

    record Regulatory(String jurisdiction, String calendar, List<DeadlineReport.Milestone> milestones) {
    }

    record Result(PolicyView.Applied policy, String calendar, String start, DeadlineReport.Deadlines deadlines,
                  Regulatory regulatory) {
    }

    @PostMapping("/api/v1/sla/simulate")
    @Operation(summary = "The policy, calendar and deadlines a case with these facts would get from `start`")
    @Transactional(readOnly = true)
    Result simulate(@RequestBody Simulation body) {
        PolicyViolations v = new PolicyViolations();
        String kind = v.oneOf("kind", body.kind(), PolicyRequest.names(CaseKind.values()), true);
        String priority = v.oneOf("priority", body.priority(), List.of("P1", "P2", "P3", "P4"), true);
        String channel = v.oneOf("channel", body.channel(), PolicyRequest.names(CaseChannel.values()), true);
        if (body.orgUnit() == null) {
            v.add("orgUnit", "required", "field.required");
        } else if (!matcher.unitExists(body.orgUnit())) {
            v.add("orgUnit", "invalid", "sla.field.unit");
        }
        String jurisdiction = v.oneOf("jurisdiction", body.jurisdiction(), RegulatoryClockPreset.codes(), false);
        OffsetDateTime start = v.instant("start", body.start());
        v.throwIfAny();
        Instant at = start.toInstant();
        PolicyMatch.Profile profile = new PolicyMatch.Profile(kind, body.category(), priority, channel, body.segment(),
                matcher.unitPath(body.orgUnit()));
        SlaPolicy p = matcher.first(profile).orElseThrow(() -> new ConflictException("sla.policy.none-matches", "-"));
        WorkingCalendar cal = matcher.calendar(p, body.orgUnit(), channel);
        ZoneId zone = cal.zone();
        DeadlineReport.Deadlines due = new DeadlineReport.Deadlines(due(p.firstResponse(), at, cal, zone),
                due(p.nextUpdate(), at, cal, zone), due(p.resolution(), at, cal, zone), null);
        Regulatory regulatory = null;
        RegulatoryClockPreset preset = jurisdiction != null ? RegulatoryClockPreset.of(jurisdiction).orElseThrow()
                : null;
        if (preset != null) {
            WorkingCalendar regulatoryCalendar = matcher.regulatoryCalendar(body.orgUnit());
            regulatory = new Regulatory(preset.code(), regulatoryCalendar.code(), DeadlineReport.milestones(
                    preset.milestones(at, 0, java.time.Duration.ZERO, regulatoryCalendar), regulatoryCalendar.zone()));
        }
        return new Result(PolicyView.Applied.of(p), cal.code(), DeadlineReport.iso(at, zone), due, regulatory);
    }

    private static String due(PolicyTarget target, Instant start, WorkingCalendar cal, ZoneId zone) {
        return target == null ? null : DeadlineReport.iso(target.dueFrom(start, cal), zone);
    }
}
