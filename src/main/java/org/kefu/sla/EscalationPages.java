package org.kefu.sla;

import java.util.List;

import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.Flash;
import org.kefu.shared.PageQuery;
import org.kefu.shared.SortOrder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisor's page of cases at risk and breached in their units, by unit and level, most urgent
 * first, with a button to acknowledge each breach (htmx swaps the list; without scripts the form posts
 * and the page reloads).
 */
@Controller
class EscalationPages {

    private static final int SHOWN = 200;

    private final Escalations escalations;
    private final CurrentActor currentActor;

    EscalationPages(Escalations escalations, CurrentActor currentActor) {
        this.escalations = escalations;
        this.currentActor = currentActor;
    }

    @GetMapping("/sla/escalations")
    String view(@RequestParam(required = false) String state, Model model) {
        fill(model, currentActor.get(), state == null || !Escalations.STATES.contains(state) ? null : state);
        return "sla/escalations";
    }

    @PostMapping("/sla/escalations/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(required = false) Integer level,
                       @RequestHeader(name = "HX-Request", required = false) String htmx,
                       Model model, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        EscalationStore.Escalation e = escalations.acknowledge(id, level, actor);
        if (htmx == null) {
            redirect.addFlashAttribute("flash", Flash.success("sla-escalation.acknowledged", e.caseNumber()));
            return "redirect:/sla/escalations";
        }
        model.addAttribute("acknowledged", e.caseNumber());
        fill(model, actor, null);
        return "sla/escalations :: list";
    }

    private void fill(Model model, Actor actor, String state) {
        // Breached first, highest level first, then the nearest deadline: what needs a decision now.
        List<EscalationStore.Escalation> open = escalations.open(state, null, actor,
                new PageQuery(0, SHOWN, List.of(new SortOrder("level", false), new SortOrder("dueAt", true)))).items();
        model.addAttribute("escalations", open);
        model.addAttribute("byUnit", escalations.summary(actor));
        model.addAttribute("state", state);
        model.addAttribute("atRisk", open.stream().filter(e -> "at_risk".equals(e.state())).count());
        model.addAttribute("breached", open.stream().filter(EscalationStore.Escalation::breached).count());
    }
}
