package org.kefu.cases;

import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A case and its timeline, read-only for now; the agent console with its actions comes later. */
@Controller
@RequestMapping("/cases")
class CasePages {

    private final Cases cases;
    private final CurrentActor currentActor;

    CasePages(Cases cases, CurrentActor currentActor) {
        this.cases = cases;
        this.currentActor = currentActor;
    }

    @GetMapping("/{number}")
    String one(@PathVariable String number, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("c", CaseView.of(cases.find(number, actor)));
        model.addAttribute("timeline", cases.timeline(number, actor));
        return "cases/case";
    }
}
