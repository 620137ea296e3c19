package org.kefu.sla;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;

/** Collects every offending field of an SLA request, so that one 400 names them all. */
final class PolicyViolations {

    private final List<FieldViolation> found = new ArrayList<>();

    void add(String field, String code, String messageKey) {
        if (found.stream().noneMatch(v -> v.field().equals(field))) {
            found.add(new FieldViolation(field, code, messageKey));
        }
    }

    String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "required", "field.required");
            return null;
        }
        if (value.length() > max) {
            add(field, "size", "sla.field.too-long");
            return null;
        }
        return value.strip();
    }

    /** {@code value} must be one of {@code allowed} (null passes unless required). */
    String oneOf(String field, String value, Collection<String> allowed, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "required", "field.required");
            }
            return null;
        }
        if (!allowed.contains(value)) {
            add(field, "invalid", "sla.field.one-of");
            return null;
        }
        return value;
    }

    OffsetDateTime instant(String field, String value) {
        if (value == null) {
            add(field, "required", "field.required");
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            add(field, "format", "sla.field.instant");
            return null;
        }
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
