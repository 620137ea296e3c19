package org.kefu.audit.web;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kefu.audit.AuditEntry;
import org.kefu.audit.AuditPermissions;
import org.kefu.audit.chain.ChainBreak;
import org.kefu.audit.chain.ChainVerification;
import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.Flash;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The audit trail page: filter, read, export and verify. */
@Controller
@RequestMapping("/audit")
class AuditPage {

    private final AuditEntries entries;
    private final AuditExport export;
    private final ManualVerification verification;
    private final CurrentActor currentActor;
    private final ZoneId zone;

    AuditPage(AuditEntries entries, AuditExport export, ManualVerification verification, CurrentActor currentActor,
              @Value("${kefu.audit.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.entries = entries;
        this.export = export;
        this.verification = verification;
        this.currentActor = currentActor;
        this.zone = zone;
    }

    /** Formats times for the page in Kefu's time zone. */
    record Times(DateTimeFormatter format) {
        public String of(Instant instant) {
            return format.format(instant);
        }
    }

    @GetMapping
    String page(@ModelAttribute("filter") FilterForm filter, BindingResult binding,
                @PageDefaults(sortable = {"occurredAt", "action", "actor", "entityType"}, sort = "occurredAt,desc")
                PageQuery page, Model model) {
        List<FilterForm.FieldError> errors = new ArrayList<>();
        AuditFilter parsed = filter.toFilter(zone, errors);
        errors.forEach(error -> binding.rejectValue(error.field(), error.messageKey()));
        Actor actor = currentActor.get();
        PageResult<AuditEntry> result = errors.isEmpty() ? entries.page(parsed, actor.scope(), page)
                : PageResult.of(List.of(), page, 0);
        model.addAttribute("entries", result);
        model.addAttribute("filterQuery", filter.toQuery());
        model.addAttribute("canVerify", actor.can(AuditPermissions.VERIFY));
        model.addAttribute("times", new Times(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone)));
        return "audit/entries";
    }

    @GetMapping("/export.csv")
    void export(@ModelAttribute("filter") FilterForm filter, HttpServletRequest request, HttpServletResponse response,
                Locale locale) throws IOException {
        List<FilterForm.FieldError> errors = new ArrayList<>();
        AuditFilter parsed = filter.toFilter(zone, errors);
        if (!errors.isEmpty()) {
            // The page shows each problem beside its field.
            String query = filter.toQuery();
            response.sendRedirect(request.getContextPath() + "/audit" + (query.isEmpty() ? "" : "?" + query));
            return;
        }
        AuditApi.attachment(response, zone);
        export.write(filter, parsed, currentActor.get().scope(), locale, response.getOutputStream());
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        ChainVerification result = verification.run();
        ChainBreak at = result.firstBreak();
        redirect.addFlashAttribute("flash", result.intact()
                ? Flash.success("audit.verify.intact", result.checked(), result.unchained())
                : Flash.danger("audit.verify.broken." + at.problem().name(), at.chainSeq(),
                        at.entryId() == null ? "-" : at.entryId()));
        return "redirect:/audit";
    }

    /** Paging parameters out of range: the page answers like any bad request. */
    @ExceptionHandler(InvalidInputException.class)
    void badPaging(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
