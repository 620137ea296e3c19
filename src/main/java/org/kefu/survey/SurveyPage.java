package org.kefu.survey;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * The survey a link leads to (public, like the rest of the portal; the token is the key): the questions in
 * the invitation's language unless the visitor chose one with the switch, every problem beside its question,
 * then thanks. An unknown link is 404, a used or expired one 410; neither writes anything.
 */
@Controller
@RequestMapping("/portal/survey")
class SurveyPage {

    private final SurveyResponses responses;
    private final LocaleResolver locales;

    SurveyPage(SurveyResponses responses, LocaleResolver locales) {
        this.responses = responses;
        this.locales = locales;
    }

    @GetMapping("/{token}")
    String show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("token", token);
        return render(responses.open(token), Map.of(), request, response, model);
    }

    @PostMapping("/{token}")
    String answer(@PathVariable String token, @RequestParam Map<String, String> values, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        model.addAttribute("token", token);
        return render(responses.answer(token, values), values, request, response, model);
    }

    private String render(SurveyResponses.Outcome outcome, Map<String, String> values, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        if (outcome instanceof SurveyResponses.Open o) {
            return form(o.invitation(), o.template(), Map.of(), values, request, response, model);
        }
        if (outcome instanceof SurveyResponses.Invalid i) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(i.invitation(), i.template(), i.errors(), values, request, response, model);
        }
        if (outcome instanceof SurveyResponses.Answered) {
            return "survey/thanks";
        }
        boolean gone = outcome instanceof SurveyResponses.Gone;
        response.setStatus(gone ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
        model.addAttribute("reason", gone ? ((SurveyResponses.Gone) outcome).reason() : "unknown");
        return "survey/gone";
    }

    private String form(SurveyInvitation invitation, SurveyTemplate template, Map<String, String> errors,
                        Map<String, String> values, HttpServletRequest request, HttpServletResponse response,
                        Model model) {
        Locale locale = language(invitation, request, response, model);
        model.addAttribute("template", template);
        model.addAttribute("surveyTitle", template.name(locale));
        model.addAttribute("caseNumber", invitation.caseNumber());
        model.addAttribute("questions", template.questions().stream()
                .map(q -> new Shown(q, q.text(locale), q.values())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "survey/page";
    }

    /** One question as the page shows it. */
    record Shown(SurveyQuestion question, String text, java.util.List<Integer> values) {
    }

    /**
     * The invitation's language unless the visitor chose one (the switch's parameter or its cookie): the
     * customer reads the survey in the language they were written to.
     */
    private Locale language(SurveyInvitation invitation, HttpServletRequest request, HttpServletResponse response,
                            Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        if (request.getParameter("lang") == null && WebUtils.getCookie(request, "kefu-lang") == null) {
            locale = invitation.language();
            locales.setLocale(request, response, locale);
            LocaleContextHolder.setLocale(locale);
        }
        model.addAttribute("language", "en".equals(locale.getLanguage()) ? "en" : "zh-CN");
        return locale;
    }
}
