package org.kefu.complaint;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.RefusedException;
import org.kefu.sla.RegulatoryJurisdiction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The complaint panel on the case page (loaded with htmx): the record, the coding form, the decision form
 * and the compensation check. Each form posts here and gets the panel back, with the API's validation
 * beside the fields (422) or the reason it was refused (409); without htmx a success goes back to the case.
 */
@Controller
@RequestMapping("/complaints/{number}/panel")
class ComplaintPanel {

    private final Complaints complaints;
    private final Compensations compensations;
    private final ComplaintCodeStore codes;
    private final CurrentActor currentActor;

    ComplaintPanel(Complaints complaints, Compensations compensations, ComplaintCodeStore codes,
                   CurrentActor currentActor) {
        this.complaints = complaints;
        this.compensations = compensations;
        this.codes = codes;
        this.currentActor = currentActor;
    }

    @GetMapping
    String panel(@PathVariable String number, Model model) {
        return show(number, currentActor.get(), model);
    }

    @PostMapping("/coding")
    String code(@PathVariable String number, @RequestParam Map<String, String> form, Model model,
                @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        Actor actor = currentActor.get();
        return attempt(number, "coding", form, htmx, model, response, () -> complaints.code(number,
                new ComplaintCoding(integer(form, "version"), form.get("channelCode"), form.get("businessCode"),
                        form.get("causeCode"), products(form.get("products")), amount(form, "amountInDispute"),
                        form.get("demand"), form.containsKey("mediaAttention"), form.get("regulatorReference"),
                        form.get("jurisdiction"), form.get("subjectStaff"), form.get("locale")), actor));
    }

    @PostMapping("/decision")
    String decide(@PathVariable String number, @RequestParam Map<String, String> form, Model model,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        Actor actor = currentActor.get();
        return attempt(number, "decision", form, htmx, model, response, () -> compensations.decide(number,
                new ComplaintDecision(integer(form, "version"), form.get("outcome"), form.get("remedy"),
                        amount(form, "compensation")), actor));
    }

    @PostMapping("/compensation")
    String check(@PathVariable String number, @RequestParam Map<String, String> form, Model model,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        Actor actor = currentActor.get();
        Boolean approved = form.get("approved") == null ? null : Boolean.valueOf(form.get("approved"));
        return attempt(number, "compensation", form, htmx, model, response, () -> compensations.check(number,
                new ComplaintDecision.Check(integer(form, "version"), approved, form.get("comment")), actor));
    }

    private String attempt(String number, String section, Map<String, String> form, String htmx, Model model,
                           HttpServletResponse response, Runnable step) {
        try {
            step.run();
            if (htmx == null) {
                return "redirect:/cases/" + number;
            }
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            Map<String, String> errors = new LinkedHashMap<>();
            e.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
            model.addAttribute("errors", errors);
            model.addAttribute("failed", section);
            model.addAttribute("input", form);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", e.messageKey());
            model.addAttribute("refusalArgs", e.args());
            model.addAttribute("failed", section);
            model.addAttribute("input", form);
        } catch (RefusedException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", e.messageKey());
            model.addAttribute("refusalArgs", e.args());
            model.addAttribute("failed", section);
            model.addAttribute("input", form);
        }
        return show(number, currentActor.get(), model);
    }

    private String show(String number, Actor actor, Model model) {
        Complaints.Found found = complaints.find(number, actor);
        model.addAttribute("record", found.record());
        model.addAttribute("theCase", found.theCase());
        Map<String, List<ComplaintCodeStore.Code>> lists = new LinkedHashMap<>();
        ComplaintCodeStore.DIMENSIONS.forEach(d -> lists.put(d, codes.active(d)));
        model.addAttribute("codes", lists);
        model.addAttribute("jurisdictions", RegulatoryJurisdiction.codes());
        model.addAttribute("outcomes", ComplaintDecision.OUTCOMES);
        model.addAttribute("locales", ComplaintCoding.LOCALES);
        model.addAttribute("mayHandle", actor.can(ComplaintAccess.HANDLE));
        model.addAttribute("mayApprove", actor.can(ComplaintAccess.APPROVE_COMPENSATION));
        // The forms follow the rules the API enforces: coding and decision while worked, a check until resolved.
        model.addAttribute("working", Complaints.WORKING.contains(found.theCase().status()));
        model.addAttribute("checkOpen", !Compensations.CLOSED.contains(found.theCase().status()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("input", Map.of());
            model.addAttribute("failed", "");
        }
        return "complaint/panel :: panel";
    }

    private static Integer integer(Map<String, String> form, String field) {
        String value = form.get(field);
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldViolation(field, "invalid", "field.invalid")));
        }
    }

    private static BigDecimal amount(Map<String, String> form, String field) {
        String value = form.get(field);
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldViolation(field, "invalid", "complaint.field.amount")));
        }
    }

    /** Products as typed: separated by commas, semicolons or new lines (either width). */
    private static List<String> products(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
