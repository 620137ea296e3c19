package org.kefu.cases;

import java.util.Locale;

import org.kefu.customer.CustomerDirectory;
import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.Flash;
import org.kefu.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A case opened by the agent who takes it (首问负责制: the agent owns it from here). The same validation
 * as the intake API, with each message beside its field; the form's token makes a resubmission harmless.
 */
@Controller
@RequestMapping("/cases")
class CounterIntake {

    private final Cases cases;
    private final CaseStore store;
    private final CaseCategories categories;
    private final CustomerDirectory customers;
    private final CurrentActor currentActor;

    CounterIntake(Cases cases, CaseStore store, CaseCategories categories, CustomerDirectory customers,
                  CurrentActor currentActor) {
        this.cases = cases;
        this.store = store;
        this.categories = categories;
        this.customers = customers;
        this.currentActor = currentActor;
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) String customer, Model model, Locale locale) {
        CounterCaseForm form = new CounterCaseForm();
        form.setCustomerNumber(customer);
        model.addAttribute("form", form);
        return page(model, locale);
    }

    @PostMapping
    String open(@ModelAttribute("form") CounterCaseForm form, BindingResult binding, Model model, Locale locale,
                RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        try {
            CaseRequests.ValidOpen valid = form.toRequest().validate(store::categoryExists,
                    (field, value) -> customers.byNumber(value, actor.scope()));
            Cases.Opened opened = cases.open(valid.intake(), valid.customer(), actor, form.idempotencyKey());
            redirect.addFlashAttribute("flash", Flash.success("cases.new.opened", opened.stored().theCase().number()));
            return "redirect:/cases/" + opened.stored().theCase().number();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> binding.addError(new FieldError("form", CounterCaseForm.formField(v.field()),
                    null, false, new String[] {v.message()}, null, v.message())));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model, locale);
        }
    }

    private String page(Model model, Locale locale) {
        model.addAttribute("categories", categories.options(locale));
        model.addAttribute("kinds", ConsoleFilters.names(CaseKind.values()));
        model.addAttribute("channels", ConsoleFilters.names(CaseChannel.values()));
        model.addAttribute("flagValues", ConsoleFilters.names(CaseFlag.values()));
        return "cases/new";
    }
}
