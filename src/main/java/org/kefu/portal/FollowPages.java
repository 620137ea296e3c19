package org.kefu.portal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kefu.platform.Flash;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Following a case: ask for a code with the case number, enter it, and the session may see the case for
 * a while. "Send me a code" answers the same whether the case exists or not, so the form cannot be used
 * to find out which case numbers exist; a wrong, expired or unknown code is one and the same error.
 */
@Controller
@RequestMapping("/portal")
class FollowPages {

    private final OneTimeCodes codes;
    private final PortalRateLimits limits;
    private final PortalProperties properties;
    private final Clock clock;

    FollowPages(OneTimeCodes codes, PortalRateLimits limits, PortalProperties properties, Clock clock) {
        this.codes = codes;
        this.limits = limits;
        this.properties = properties;
        this.clock = clock;
    }

    public static class CodeForm {
        private String caseNumber;
        private String code;

        public String getCaseNumber() { return caseNumber; }
        public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("form", new CodeForm());
        return "portal/home";
    }

    @PostMapping("/code")
    String requestCode(@ModelAttribute("form") CodeForm form, BindingResult errors, HttpServletRequest request,
                       HttpServletResponse response, Model model, RedirectAttributes redirect) {
        long wait = limits.waitFor(PortalRateLimits.Action.REQUEST_CODE, request.getRemoteAddr());
        if (wait > 0) {
            return PortalErrors.busy(wait, model, response);
        }
        String number = CaseNumbers.normalise(form.getCaseNumber());
        if (number == null) {
            errors.rejectValue("caseNumber", "portal.field.case-number");
            return "portal/home";
        }
        codes.send(number, LocaleContextHolder.getLocale());
        redirect.addFlashAttribute("flash", Flash.info("portal.code.sent-if-exists"));
        redirect.addAttribute("case", number);
        return "redirect:/portal/verify";
    }

    @GetMapping("/verify")
    String verifyForm(@RequestParam(name = "case", required = false) String number, Model model) {
        CodeForm form = new CodeForm();
        form.setCaseNumber(CaseNumbers.normalise(number));
        model.addAttribute("form", form);
        return "portal/verify";
    }

    @PostMapping("/verify")
    String verify(@ModelAttribute("form") CodeForm form, BindingResult errors, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        long wait = limits.waitFor(PortalRateLimits.Action.VERIFY, request.getRemoteAddr());
        if (wait > 0) {
            return PortalErrors.busy(wait, model, response);
        }
        String number = CaseNumbers.normalise(form.getCaseNumber());
        String code = form.getCode() == null ? "" : form.getCode().strip();
        if (number == null) {
            errors.rejectValue("caseNumber", "portal.field.case-number");
        }
        if (!code.matches("\\d{6}")) {
            errors.rejectValue("code", "portal.field.code");
        }
        if (errors.hasErrors()) {
            return "portal/verify";
        }
        if (!codes.verify(number, code)) {
            errors.rejectValue("code", "portal.code.wrong");
            form.setCode(null);
            return "portal/verify";
        }
        CaseAccess.grant(request, new CaseAccess(number, clock.instant().plus(properties.accessFor())));
        return "redirect:/portal/cases/" + number;
    }

    @PostMapping("/logout")
    String logout(HttpServletRequest request, RedirectAttributes redirect) {
        CaseAccess.revoke(request);
        redirect.addFlashAttribute("flash", Flash.success("portal.signed-out"));
        return "redirect:/portal";
    }
}
