package org.kefu.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kefu.cases.PortalCases;
import org.kefu.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Submitting a request or complaint: the form with every problem beside its field, then the case number
 * and how to follow it. The customer is also told by SMS / e-mail that the case was accepted.
 */
@Controller
@RequestMapping("/portal")
class SubmitPage {

    private static final Logger log = LoggerFactory.getLogger(SubmitPage.class);

    private final PortalCases cases;
    private final PortalRateLimits limits;

    SubmitPage(PortalCases cases, PortalRateLimits limits) {
        this.cases = cases;
        this.limits = limits;
    }

    @GetMapping("/submit")
    String form(Model model) {
        model.addAttribute("form", new SubmitForm());
        return show(model);
    }

    @PostMapping("/submit")
    String submit(@ModelAttribute("form") SubmitForm form, BindingResult errors, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        long wait = limits.waitFor(PortalRateLimits.Action.SUBMIT, request.getRemoteAddr());
        if (wait > 0) {
            return PortalErrors.busy(wait, model, response);
        }
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                String number = cases.submit(form.submission(), request.getRemoteAddr());
                redirect.addFlashAttribute("number", number);
                return "redirect:/portal/submitted";
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> errors.rejectValue(v.field(), "portal.field." + v.field()));
            } catch (PortalCases.Unavailable misconfigured) {
                // An operator's mistake, not the customer's: say so plainly and keep what they typed.
                log.error("Portal submission refused: {}", misconfigured.getMessage());
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                errors.reject("portal.submit.unavailable");
            }
        }
        return show(model);
    }

    @GetMapping("/submitted")
    String submitted(Model model) {
        return model.containsAttribute("number") ? "portal/submitted" : "redirect:/portal";
    }

    private String show(Model model) {
        model.addAttribute("kinds", PortalCases.KINDS);
        model.addAttribute("categories", cases.categories());
        return "portal/submit";
    }
}
