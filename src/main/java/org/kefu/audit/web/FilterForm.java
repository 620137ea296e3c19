package org.kefu.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Parameter;
import org.kefu.audit.AuditOutcome;

/**
 * The filter as typed into the page or sent as query parameters, kept as text so that the page can
 * show back exactly what was entered next to its error. Times are ISO-8601 with an offset, or local
 * (a date, or a date and time) in Kefu's time zone; a date alone as {@code to} includes that day.
 */
public class FilterForm {

    static final int MAX_TEXT = 200;

    /** A field that cannot be used, with the message key that explains why. */
    record FieldError(String field, String code, String messageKey) {
    }

    @Parameter(description = "Earliest time, inclusive: 2026-11-27, 2026-11-27T09:30 (Kefu's time zone) or with an offset")
    private String from;
    @Parameter(description = "Latest time, exclusive; a date alone includes that whole day")
    private String to;
    @Parameter(description = "Actor id (user name or API client)")
    private String actor;
    @Parameter(description = "Organisation unit code")
    private String unit;
    @Parameter(description = "Action, e.g. crypto.reencryption.started; a trailing * matches by prefix (crypto.*)")
    private String action;
    @Parameter(description = "Entity type, e.g. reencryption-job")
    private String entityType;
    @Parameter(description = "Entity id; only together with or without entityType")
    private String entityId;
    @Parameter(description = "SUCCESS or FAILURE")
    private String outcome;

    AuditFilter toFilter(ZoneId zone, List<FieldError> errors) {
        Instant start = time("from", from, zone, false, errors);
        Instant end = time("to", to, zone, true, errors);
        if (start != null && end != null && start.isAfter(end)) {
            errors.add(new FieldError("to", "out-of-range", "audit.filter.to.before-from"));
        }
        AuditOutcome result = null;
        if (present(outcome)) {
            try {
                result = AuditOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("outcome", "invalid", "audit.filter.outcome.invalid"));
            }
        }
        return new AuditFilter(start, end, text("actor", actor, errors), text("unit", unit, errors),
                text("action", action, errors), text("entityType", entityType, errors),
                text("entityId", entityId, errors), result);
    }

    private static Instant time(String field, String value, ZoneId zone, boolean end, List<FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        String text = value.strip().replaceFirst(" ", "T");
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "format", "audit.filter.time.invalid"));
            return null;
        }
    }

    private static String text(String field, String value, List<FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            errors.add(new FieldError(field, "size", "audit.filter.too-long"));
            return null;
        }
        return value.strip();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The filled-in fields, in a fixed order: for the summary of an export and for links. */
    Map<String, String> entered() {
        Map<String, String> fields = new LinkedHashMap<>();
        String[][] all = {{"from", from}, {"to", to}, {"actor", actor}, {"unit", unit}, {"action", action},
                {"entityType", entityType}, {"entityId", entityId}, {"outcome", outcome}};
        for (String[] field : all) {
            if (present(field[1])) {
                fields.put(field[0], field[1].strip());
            }
        }
        return fields;
    }

    /** The filter as a query string, to keep it in paging and export links. */
    String toQuery() {
        return entered().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
