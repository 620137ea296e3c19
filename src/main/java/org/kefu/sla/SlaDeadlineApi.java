package org.kefu.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kefu.cases.CaseClocks;
import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's deadlines and its regulatory clock, within the caller's scope like the case itself (a case of
 * another unit is a 404): reading them, choosing the jurisdiction, extensions and their approval.
 */
@RestController
@Tag(name = "Case deadlines", description = "SLA and regulatory deadlines of a case (cases.read, cases.work)")
class SlaDeadlineApi {

    private final CaseClocks cases;
    private final DeadlineReport report;
    private final RegulatoryClocks regulatory;
    private final CaseDeadlines deadlines;
    private final ClockExtensions extensions;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;

    SlaDeadlineApi(CaseClocks cases, DeadlineReport report, RegulatoryClocks regulatory, CaseDeadlines deadlines,
                   ClockExtensions extensions, ApplicationEventPublisher events, CurrentActor actor) {
        this.cases = cases;
        this.report = report;
        this.regulatory = regulatory;
        this.deadlines = deadlines;
        this.extensions = extensions;
        this.events = events;
        this.actor = actor;
    }

    @GetMapping("/api/v1/cases/{number}/deadlines")
    @Operation(summary = "The case's running deadlines, policy, calendar and regulatory clock")
    @Transactional(readOnly = true)
    DeadlineReport.CaseReport deadlines(@PathVariable String number) {
        return report.of(facts(number, actor.get()));
    }

    record Jurisdiction(String jurisdiction) {
    }

    @PostMapping("/api/v1/cases/{number}/regulatory-clock")
    @Operation(summary = "Put a complaint under a jurisdiction's clock (CN-CBIRC, GUIDE, UK-FCA, US-CFPB, AU-ASIC)")
    @Transactional
    DeadlineReport.CaseReport jurisdiction(@PathVariable String number, @RequestBody Jurisdiction body) {
        Actor caller = actor.get();
        CaseClocks.Facts f = facts(number, caller);
        PolicyViolations v = new PolicyViolations();
        RegulatoryClockPreset preset = RegulatoryClockPreset.of(v.oneOf("jurisdiction", body.jurisdiction(),
                RegulatoryClockPreset.codes(), true)).orElse(null);
        if (preset != null && f.kind() != org.kefu.cases.CaseKind.COMPLAINT) {
            v.add("jurisdiction", "invalid", "sla.field.complaints-only");
        }
        v.throwIfAny();
        RegulatoryClock c = regulatory.setJurisdiction(f, preset);
        deadlines.regulatoryChanged(f, c);
        events.publishEvent(new RegulatoryClockChanged(number, preset.code(), "changed", null));
        return report.of(facts(number, caller));
    }

    record NewFacts(String reason) {
    }

    @PostMapping("/api/v1/cases/{number}/regulatory-clock/restart")
    @Operation(summary = "New facts from the complainant (by phone, letter …): restart the clock where the rules say so")
    @Transactional
    DeadlineReport.CaseReport restart(@PathVariable String number, @RequestBody NewFacts body) {
        Actor caller = actor.get();
        CaseClocks.Facts f = facts(number, caller);
        PolicyViolations v = new PolicyViolations();
        String reason = v.text("reason", body.reason(), 1000);
        v.throwIfAny();
        RegulatoryClock c = regulatory.restartForNewFacts(f);
        deadlines.regulatoryChanged(f, c);
        events.publishEvent(new RegulatoryClockChanged(number, c.preset().code(), "restarted", reason));
        return report.of(facts(number, caller));
    }

    @PostMapping("/api/v1/cases/{number}/regulatory-extensions")
    @Operation(summary = "Extend the regulatory clock: level 1 on record, level 2 awaits another person's approval")
    DeadlineReport.Extension extend(@PathVariable String number, @RequestBody ClockExtensions.Request body) {
        return DeadlineReport.extension(extensions.request(number, body, actor.get()),
                DeadlineReport.CHINA);
    }

    record Decision(Boolean approve) {
    }

    @PostMapping("/api/v1/sla/extensions/{id}/approval")
    @Operation(summary = "Approve or reject a pending extension (sla.extension.approve; not the requester)")
    DeadlineReport.Extension decide(@PathVariable long id, @RequestBody Decision body) {
        if (body.approve() == null) {
            throw new InvalidInputException("approve", "required", "field.required");
        }
        return DeadlineReport.extension(extensions.decide(id, body.approve(), actor.get()),
                DeadlineReport.CHINA);
    }

    private CaseClocks.Facts facts(String number, Actor caller) {
        return cases.facts(number, caller.scope()).orElseThrow(() -> new NotFoundException("case", number));
    }
}
