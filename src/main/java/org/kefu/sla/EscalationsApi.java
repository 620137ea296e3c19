package org.kefu.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open escalations of the caller's units, and acknowledging one (which stops the climb). */
@RestController
@RequestMapping("/api/v1/sla/escalations")
@Tag(name = "SLA escalations", description = "Cases at risk and breached, by level (cases.supervise)")
class EscalationsApi {

    private final Escalations escalations;
    private final CurrentActor actor;

    EscalationsApi(Escalations escalations, CurrentActor actor) {
        this.escalations = escalations;
        this.actor = actor;
    }

    @GetMapping
    @Operation(summary = "Open escalations in scope; state: at_risk, breached, acknowledged; unit: a unit code")
    PageResult<EscalationView> open(@RequestParam(required = false) String state,
                                    @RequestParam(required = false) String unit,
                                    @PageDefaults(sortable = {"dueAt", "level", "acknowledgeBy"}, sort = "dueAt")
                                    PageQuery page) {
        return escalations.open(state, unit, actor.get(), page).map(EscalationView::of);
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Acknowledge a breached escalation at its current level: the next level is not raised")
    EscalationView acknowledge(@PathVariable long id,
                               @RequestParam(required = false) @Parameter(description = "the level the caller saw;"
                                       + " 409 if the chain has climbed since") Integer level) {
        return EscalationView.of(escalations.acknowledge(id, level, actor.get()));
    }
}
