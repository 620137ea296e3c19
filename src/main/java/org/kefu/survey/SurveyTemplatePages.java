package org.kefu.survey;

import org.kefu.platform.ConflictException;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.Flash;
import org.kefu.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The templates for survey managers: the list with the rules that use them, and a form to edit one (or a new
 * one) with every problem beside its field. Changes go through {@link SurveyTemplates}, as the API's do.
 */
@Controller
class SurveyTemplatePages {

    private final SurveyTemplates templates;
    private final JdbcClient jdbc;
    private final CurrentActor actor;

    SurveyTemplatePages(SurveyTemplates templates, JdbcClient jdbc, CurrentActor actor) {
        this.templates = templates;
        this.jdbc = jdbc;
        this.actor = actor;
    }

    record RuleRow(String kind, String channel, String template, boolean enabled) {
    }

    @GetMapping("/surveys/templates")
    String list(Model model) {
        model.addAttribute("mayManage", actor.get().can(SurveyPermissions.MANAGE));
        model.addAttribute("templates", templates.list());
        model.addAttribute("rules", jdbc.sql("select r.case_kind, r.channel, t.code, r.enabled from survey_rule r"
                        + " join survey_template t on t.id = r.template_id order by r.case_kind, r.channel nulls first")
                .query((rs, n) -> new RuleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list());
        return "survey/templates";
    }

    @GetMapping("/surveys/templates/new")
    String blank(Model model) {
        model.addAttribute("form", new TemplateForm().withBlankRows());
        return show(null, model);
    }

    @GetMapping("/surveys/templates/{id}")
    String edit(@PathVariable long id, Model model) {
        SurveyTemplate template = templates.find(id);
        model.addAttribute("form", TemplateForm.of(template));
        model.addAttribute("locked", template.locked());
        return show(id, model);
    }

    @PostMapping("/surveys/templates")
    String create(@ModelAttribute("form") TemplateForm form, BindingResult errors, HttpServletResponse response,
                  Model model, RedirectAttributes redirect) {
        try {
            SurveyTemplate created = templates.create(form.request());
            redirect.addFlashAttribute("flash", Flash.success("survey.templates.saved"));
            return "redirect:/surveys/templates/" + created.id();
        } catch (InvalidInputException invalid) {
            return invalid(invalid, form, errors, response, null, model);
        }
    }

    @PostMapping("/surveys/templates/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") TemplateForm form, BindingResult errors,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            templates.update(id, form.request());
            redirect.addFlashAttribute("flash", Flash.success("survey.templates.saved"));
            return "redirect:/surveys/templates/" + id;
        } catch (InvalidInputException invalid) {
            return invalid(invalid, form, errors, response, id, model);
        } catch (ConflictException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject(conflict.messageKey());
            model.addAttribute("locked", templates.find(id).locked());
            return show(id, model);
        }
    }

    private String invalid(InvalidInputException invalid, TemplateForm form, BindingResult errors,
                           HttpServletResponse response, Long id, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        invalid.violations().forEach(v -> errors.rejectValue(form.rowOf(v.field()), v.message()));
        return show(id, model);
    }

    private String show(Long id, Model model) {
        model.addAttribute("templateId", id);
        // Readers (survey.read) see the form as it is; only managers get the button that would change it.
        model.addAttribute("mayManage", actor.get().can(SurveyPermissions.MANAGE));
        model.addAttribute("types", SurveyQuestion.TYPES);
        model.addAttribute("indicators", SurveyQuestion.INDICATORS);
        return "survey/template";
    }
}
