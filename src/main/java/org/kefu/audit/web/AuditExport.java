package org.kefu.audit.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kefu.audit.AuditEntry;
import org.kefu.audit.AuditTrail;
import org.kefu.platform.DataScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The filtered trail as CSV for spreadsheets: UTF-8 with a byte order mark (without it Excel reads
 * Chinese as mojibake), CRLF lines, and cells that a spreadsheet would run as a formula defused with a
 * leading apostrophe. Every export is itself audited, with its filter, before the first row is sent.
 */
@Component
class AuditExport {

    private static final List<String> COLUMNS = List.of("id", "occurredAt", "actorType", "actor", "unit", "ip",
            "action", "entityType", "entityId", "outcome", "reason", "summary", "requestId", "chainSeq");

    private final AuditEntries entries;
    private final AuditTrail trail;
    private final MessageSource messages;
    private final DateTimeFormatter time;
    private final int limit;

    AuditExport(AuditEntries entries, AuditTrail trail, MessageSource messages,
                @Value("${kefu.audit.time-zone:Asia/Shanghai}") ZoneId zone,
                @Value("${kefu.audit.export-limit:100000}") int limit) {
        this.entries = entries;
        this.trail = trail;
        this.messages = messages;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xxx").withZone(zone);
        this.limit = limit;
    }

    /** Records the export, then writes at most {@code kefu.audit.export-limit} entries, newest first. */
    void write(FilterForm form, AuditFilter filter, DataScope scope, Locale locale, OutputStream target) {
        long matching = entries.count(filter, scope);
        trail.record("audit.export").summary(Map.of("filter", form.entered(), "rows", Math.min(matching, limit),
                "truncated", matching > limit, "format", "csv")).success();
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
            out.write('\uFEFF');
            row(out, COLUMNS.stream().map(c -> messages.getMessage("audit.column." + c, null, c, locale)).toList());
            entries.forEach(filter, scope, limit, entry -> row(out, cells(entry)));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Object> cells(AuditEntry e) {
        return java.util.Arrays.asList(e.id(), time.format(e.occurredAt()), e.actorType(), e.actorId(),
                e.orgUnitCode(), e.ip(), e.action(), e.entityType(), e.entityId(), e.outcome(), e.reason(),
                e.summary(), e.requestId(), e.chainSeq());
    }

    private static void row(Writer out, List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
