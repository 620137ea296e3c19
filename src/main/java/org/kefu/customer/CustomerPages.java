package org.kefu.customer;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer search and the profile an agent reads before answering (R2.1). */
@Controller
@RequestMapping("/customers")
class CustomerPages {

    private final Customers customers;
    private final InteractionTimeline timeline;
    private final CurrentActor currentActor;

    CustomerPages(Customers customers, InteractionTimeline timeline, CurrentActor currentActor) {
        this.customers = customers;
        this.timeline = timeline;
        this.currentActor = currentActor;
    }

    /**
     * The name search. Mobile or ID number in the URL (an old bookmark, a hand-made link) is answered with
     * a 400 and the lookup form, not searched: the value must not travel in URLs.
     */
    @GetMapping
    String search(@RequestParam(required = false) String name, @RequestParam(required = false) String mobile,
                  @RequestParam(required = false) String idNumber,
                  @PageDefaults(sortable = {"number", "name"}, sort = "number,asc") PageQuery page, Model model,
                  HttpServletResponse response) {
        model.addAttribute("name", name);
        if (mobile != null || idNumber != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("lookupInUrl", true);
            model.addAttribute("result", PageResult.of(List.of(), page, 0));
            return "customer/search";
        }
        model.addAttribute("result", customers.search(CustomerSearch.criteria(name, null, null),
                currentActor.get(), page));
        return "customer/search";
    }

    /** The exact lookup, posted (with CSRF) so that the number typed stays out of URLs and logs. */
    @PostMapping("/lookup")
    String lookup(@RequestParam(required = false) String mobile, @RequestParam(required = false) String idNumber,
                  @PageDefaults(sortable = {"number", "name"}, sort = "number,asc") PageQuery page, Model model,
                  HttpServletResponse response) {
        model.addAttribute("mobile", mobile);
        model.addAttribute("idNumber", idNumber);
        model.addAttribute("lookup", true);
        try {
            model.addAttribute("result", customers.search(CustomerSearch.exact(mobile, idNumber), currentActor.get(),
                    page));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("lookupInvalid", true);
            model.addAttribute("result", PageResult.of(List.of(), page, 0));
        }
        return "customer/search";
    }

    @GetMapping("/{number}")
    String profile(@PathVariable String number, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("customer", customers.visible(number, actor));
        model.addAttribute("interactions", timeline.of(number, actor.scope()));
        model.addAttribute("care", customers.careReminders(number, actor));
        model.addAttribute("canReveal", actor.can(CustomerConfiguration.UNMASK));
        model.addAttribute("revealable", RevealableField.values());
        model.addAttribute("revealed", Map.of());
        return "customer/profile";
    }

    /**
     * Reveals one field with a reason. htmx swaps in just the field's result; without JavaScript the
     * whole profile is shown again with the value in place.
     */
    @PostMapping("/{number}/reveal")
    String reveal(@PathVariable String number, @RequestParam RevealableField field,
                  @RequestParam(defaultValue = "") String reason,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("field", field);
        if (reason.isBlank()) {
            customers.visible(number, actor); // 404 outside the scope, before anything else is said
            model.addAttribute("reasonMissing", true);
        } else {
            model.addAttribute("value", customers.reveal(number, field, reason.strip(), actor));
        }
        if (htmx != null) {
            model.addAttribute("fragment", true);
            return "customer/profile :: reveal-result";
        }
        profile(number, model);
        if (model.getAttribute("value") != null) {
            model.addAttribute("revealed", Map.of(field.name(), model.getAttribute("value")));
        }
        return "customer/profile";
    }
}
