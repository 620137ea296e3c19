package org.kefu.cases;

import java.util.List;

import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agent console: the lists an agent works from (my cases, the team's queue, unassigned, waiting,
 * hand-overs offered to me). Switching list or page swaps only the list (htmx); the URL stays shareable.
 */
@Controller
@RequestMapping("/cases")
class CaseConsole {

    /** The lists of the console, in the order of its tabs. */
    static final List<String> VIEWS = List.of("mine", "team", "unassigned", "waiting", "handover");

    private final Cases cases;
    private final CurrentActor currentActor;

    CaseConsole(Cases cases, CurrentActor currentActor) {
        this.cases = cases;
        this.currentActor = currentActor;
    }

    @GetMapping
    String console(@RequestParam(defaultValue = "mine") String view,
                   @RequestParam(required = false) String status,
                   @RequestParam(required = false) String priority,
                   @RequestParam(required = false) String kind,
                   @PageDefaults(sortable = {"createdAt", "number", "priority", "updatedAt", "dueAt"}, sort = "createdAt,desc")
                   PageQuery page,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = currentActor.get();
        String shown = VIEWS.contains(view) ? view : "mine";
        CaseStore.Criteria criteria = ConsoleFilters.criteria(shown, status, priority, kind, actor);
        model.addAttribute("view", shown);
        model.addAttribute("views", VIEWS);
        model.addAttribute("statuses", ConsoleFilters.names(CaseStatus.values()));
        model.addAttribute("kinds", ConsoleFilters.names(CaseKind.values()));
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("filters", new ConsoleFilters(status, priority, kind));
        model.addAttribute("result", cases.search(criteria, actor, page).map(CaseView::of));
        model.addAttribute("sort", page.sort().isEmpty() ? "createdAt,desc" : page.sort().get(0).toString());
        model.addAttribute("maySupervise", actor.can(CasesPermissions.SUPERVISE));
        return htmx != null ? "cases/console :: body" : "cases/console";
    }
}
