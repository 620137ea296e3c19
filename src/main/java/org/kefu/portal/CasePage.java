package org.kefu.portal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.kefu.cases.PortalCases;
import org.kefu.platform.ConflictException;
import org.kefu.platform.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's view of their case, for a session that entered the right code: status in plain words,
 * the replies meant for them, and a form to add information. Without access (or for a number that does
 * not exist, which looks the same) the visitor is sent to enter a code.
 */
@Controller
@RequestMapping("/portal/cases/{number}")
class CasePage {

    static final int MAX_TEXT = 4000;

    private final PortalCases cases;
    private final Clock clock;

    CasePage(PortalCases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    public static class InformationForm {
        private String text;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    @GetMapping
    String show(@PathVariable String number, HttpServletRequest request, Model model) {
        if (!CaseAccess.allows(request, number, clock.instant())) {
            return toVerify(number);
        }
        model.addAttribute("form", new InformationForm());
        return view(number, model);
    }

    @PostMapping("/information")
    String addInformation(@PathVariable String number, @ModelAttribute("form") InformationForm form,
                          BindingResult errors, HttpServletRequest request, Model model,
                          RedirectAttributes redirect) {
        if (!CaseAccess.allows(request, number, clock.instant())) {
            return toVerify(number);
        }
        String text = form.getText() == null ? "" : form.getText().strip();
        if (text.isEmpty()) {
            errors.rejectValue("text", "portal.field.information.required");
        } else if (text.length() > MAX_TEXT) {
            errors.rejectValue("text", "portal.field.information.size", new Object[] {MAX_TEXT}, null);
        } else {
            try {
                cases.addInformation(number, text);
                redirect.addFlashAttribute("flash", Flash.success("portal.information.added"));
                return "redirect:/portal/cases/" + number;
            } catch (ConflictException closed) {
                errors.rejectValue("text", "portal.case-closed");
            }
        }
        return view(number, model);
    }

    private static String toVerify(String number) {
        String valid = CaseNumbers.normalise(number);
        return valid == null ? "redirect:/portal/verify" : "redirect:/portal/verify?case=" + valid;
    }

    private String view(String number, Model model) {
        // Access was granted for an existing case; should it have been removed since, it is simply not found.
        model.addAttribute("c", cases.publicView(number)
                .orElseThrow(() -> new org.kefu.platform.NotFoundException("case", number)));
        return "portal/case";
    }
}
