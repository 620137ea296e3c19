package org.kefu.sla;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The policies for administrators to read: the match order with each policy's current targets, and one
 * policy's versions with author, time and reason. Changes go through the API (forms are a later step).
 */
@Controller
class PolicyPages {

    private final SlaPolicies policies;

    PolicyPages(SlaPolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/sla/policies")
    String list(Model model) {
        model.addAttribute("policies", policies.list().stream().map(PolicyView::of).toList());
        return "sla/policies";
    }

    @GetMapping("/sla/policies/{id}")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("versions", policies.versions(id).stream().map(PolicyView::of).toList());
        return "sla/policy";
    }
}
