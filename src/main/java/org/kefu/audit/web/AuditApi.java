package org.kefu.audit.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.kefu.audit.AuditEntry;
import org.kefu.audit.chain.ChainVerification;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for tools: entries within the caller's data scope, CSV export, chain verification. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "Read (audit.read) and verify (audit.verify) the tamper-evident audit trail")
class AuditApi {

    private final AuditEntries entries;
    private final AuditExport export;
    private final ManualVerification verification;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final ZoneId zone;

    AuditApi(AuditEntries entries, AuditExport export, ManualVerification verification, CurrentActor actor,
             MessageSource messages, @Value("${kefu.audit.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.entries = entries;
        this.export = export;
        this.verification = verification;
        this.actor = actor;
        this.messages = messages;
        this.zone = zone;
    }

    @GetMapping("/entries")
    @Operation(summary = "Entries matching the filter, newest first; sortable by occurredAt, action, actor, entityType")
    PageResult<AuditEntry> list(@ParameterObject FilterForm filter,
                                @PageDefaults(sortable = {"occurredAt", "action", "actor", "entityType"},
                                        sort = "occurredAt,desc") PageQuery page) {
        return entries.page(parse(filter), actor.get().scope(), page);
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "One entry")
    AuditEntry entry(@PathVariable long id) {
        return entries.find(id, actor.get().scope()).orElseThrow(() -> new NotFoundException("audit entry", id));
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "Entries matching the filter as CSV (UTF-8 with BOM), newest first; the export is audited")
    void export(@ParameterObject FilterForm filter, HttpServletResponse response) throws java.io.IOException {
        AuditFilter parsed = parse(filter);
        attachment(response, zone);
        export.write(filter, parsed, actor.get().scope(), LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @GetMapping("/verify")
    @Operation(summary = "Verify the hash chain now: intact, or the first broken entry")
    ChainVerification verify() {
        return verification.run();
    }

    private AuditFilter parse(FilterForm form) {
        List<FilterForm.FieldError> errors = new ArrayList<>();
        AuditFilter filter = form.toFilter(zone, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().map(e -> new FieldViolation(e.field(), e.code(),
                    messages.getMessage(e.messageKey(), null, LocaleContextHolder.getLocale()))).toList());
        }
        return filter;
    }

    static void attachment(HttpServletResponse response, ZoneId zone) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now(zone)) + ".csv\"");
    }
}
