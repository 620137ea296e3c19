package org.kefu.cases;

import java.util.List;
import java.util.Map;

import org.kefu.customer.CustomerPanel;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.Flash;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The case page: the case, the customer beside it, its timeline and the steps possible now. Each action
 * is a form that htmx posts and answers with the re-drawn workspace (no full reload); without JavaScript
 * the same form posts normally. A refused action re-draws the workspace with the message beside the
 * field (422) or a note of what changed meanwhile (409), keeping what the agent typed.
 */
@Controller
@RequestMapping("/cases")
class CasePages {

    private final Cases cases;
    private final WorkspaceActions work;
    private final CurrentActor currentActor;
    private final CustomerPanel customers;
    private final CaseCategories categories;
    private final CaseAttachments attachments;

    CasePages(Cases cases, WorkspaceActions work, CurrentActor currentActor, CustomerPanel customers,
              CaseCategories categories, CaseAttachments attachments) {
        this.categories = categories;
        this.attachments = attachments;
        this.cases = cases;
        this.work = work;
        this.currentActor = currentActor;
        this.customers = customers;
    }

    @GetMapping("/{number}")
    String one(@PathVariable String number, Model model) {
        show(number, currentActor.get(), model);
        return "cases/case";
    }

    /** One action of the workspace; the form's fields are the action's inputs. */
    @PostMapping("/{number}/do/{action}")
    String act(@PathVariable String number, @PathVariable String action, @RequestParam Map<String, String> form,
               @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
               HttpServletRequest request, HttpServletResponse response) {
        Actor actor = currentActor.get();
        try {
            work.apply(number, action, form, actor);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("failed", action);
            model.addAttribute("input", form);
            model.addAttribute("violations", errors(e));
        } catch (org.kefu.platform.RefusedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("failed", action);
            model.addAttribute("input", form);
            model.addAttribute("conflict", e);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("failed", action);
            model.addAttribute("input", form);
            model.addAttribute("conflict", e);
        }
        try {
            show(number, actor, model);
        } catch (NotFoundException gone) {
            return elsewhere(action, htmx != null, request, response);
        }
        return htmx != null ? "cases/case :: workspace" : "cases/case";
    }

    /**
     * Declining a hand-over of a case from outside one's scope leaves nothing to show: back to the list of
     * hand-overs, with the outcome as a message (htmx is told to load that page instead of swapping).
     */
    private static String elsewhere(String action, boolean htmx, HttpServletRequest request,
                                    HttpServletResponse response) {
        String target = "/cases?view=handover";
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("flash", Flash.success(
                "decline_handover".equals(action) ? "cases.done.decline_handover" : "cases.done.gone"));
        RequestContextUtils.saveOutputFlashMap(target, request, response);
        if (htmx) {
            response.setHeader("HX-Redirect", request.getContextPath() + target);
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        return "redirect:" + target;
    }

    private void show(String number, Actor actor, Model model) {
        CaseView view = CaseView.of(cases.find(number, actor));
        List<CaseStore.Entry> timeline = cases.timeline(number, actor);
        model.addAttribute("c", view);
        List<CaseStore.Entry> newestFirst = new java.util.ArrayList<>(timeline);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("timeline", newestFirst);
        model.addAttribute("latest", timeline.isEmpty() ? null : timeline.get(timeline.size() - 1));
        model.addAttribute("actions", WorkspaceActions.actionsFor(view, actor));
        model.addAttribute("maySupervise", actor.can(CasesPermissions.SUPERVISE));
        model.addAttribute("mayWork", actor.can(CasesPermissions.WORK));
        model.addAttribute("attachments", attachments.list(number, actor));
        model.addAttribute("canAttach", actor.can(CasesPermissions.WORK)
                && !java.util.List.of("archived", "cancelled").contains(view.status()));
        model.addAttribute("customer", view.customerNumber() == null ? null
                : customers.summary(view.customerNumber(), actor.scope()).orElse(null));
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("contactChannels", ConsoleFilters.names(ContactAttempt.Channel.values()));
        model.addAttribute("contactOutcomes", ConsoleFilters.names(ContactAttempt.Outcome.values()));
        model.addAttribute("ratings", List.of("5", "4", "3", "2", "1"));
        model.addAttribute("category", view.category() == null ? null : categories.label(view.category(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        if (!model.containsAttribute("violations")) {
            model.addAttribute("violations", Map.of());
            model.addAttribute("input", Map.of());
        }
    }

    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> byField = new java.util.LinkedHashMap<>();
        e.violations().forEach(v -> byField.putIfAbsent(v.field(), v.message()));
        return byField;
    }
}
