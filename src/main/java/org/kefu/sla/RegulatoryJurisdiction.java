package org.kefu.sla;

import java.util.List;

import org.kefu.cases.CaseClocks;
import org.kefu.cases.CaseKind;
import org.kefu.platform.Actor;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Putting a complaint under a jurisdiction's regulatory clock from another module (the complaint record's
 * jurisdiction), exactly as {@code POST /api/v1/cases/{n}/regulatory-clock} does: the clock keeps its start,
 * the case's regulatory due time follows, and the change is audited. The caller has checked its permissions.
 */
@Service
public class RegulatoryJurisdiction {

    private final CaseClocks cases;
    private final RegulatoryClocks regulatory;
    private final CaseDeadlines deadlines;
    private final ApplicationEventPublisher events;

    RegulatoryJurisdiction(CaseClocks cases, RegulatoryClocks regulatory, CaseDeadlines deadlines,
                           ApplicationEventPublisher events) {
        this.cases = cases;
        this.regulatory = regulatory;
        this.deadlines = deadlines;
        this.events = events;
    }

    /** The codes a jurisdiction may be (CN-CBIRC, GUIDE, UK-FCA, US-CFPB, AU-ASIC). */
    public static List<String> codes() {
        return RegulatoryClockPreset.codes();
    }

    /**
     * 404 if the case is outside the actor's scope, 400 naming {@code jurisdiction} for an unknown code or a
     * case that is not a complaint. Joins the caller's transaction.
     */
    @Transactional
    public void set(String caseNumber, String jurisdictionCode, Actor actor) {
        CaseClocks.Facts f = cases.facts(caseNumber, actor.scope())
                .orElseThrow(() -> new NotFoundException("case", caseNumber));
        RegulatoryClockPreset preset = RegulatoryClockPreset.of(jurisdictionCode)
                .orElseThrow(() -> new InvalidInputException("jurisdiction", "invalid", "field.invalid"));
        if (f.kind() != CaseKind.COMPLAINT) {
            throw new InvalidInputException("jurisdiction", "invalid", "sla.field.complaints-only");
        }
        RegulatoryClock c = regulatory.setJurisdiction(f, preset);
        deadlines.regulatoryChanged(f, c);
        events.publishEvent(new RegulatoryClockChanged(caseNumber, preset.code(), "changed", null));
    }
}
