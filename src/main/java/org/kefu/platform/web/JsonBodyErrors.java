package org.kefu.platform.web;

import org.kefu.platform.Problems;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kefu.platform.FieldViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.stream.Stream;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Turns what Jackson says about an unreadable body into what a client developer needs: the field
 * (as a path like {@code contact.mobile} or {@code items[2].amount}) and what was expected there.
 */
final class JsonBodyErrors {

    private JsonBodyErrors() {
    }

    static Optional<BodyTooLargeException> tooLarge(Throwable error) {
        return causes(error).filter(BodyTooLargeException.class::isInstance)
                .map(BodyTooLargeException.class::cast).findFirst();
    }

    /** Field-level problems, or empty when the body is not JSON at all. */
    static Optional<FieldViolation> fieldViolation(Throwable error, Problems problems) {
        JacksonException jackson = causes(error).filter(JacksonException.class::isInstance)
                .map(JacksonException.class::cast).findFirst().orElse(null);
        if (jackson == null || jackson instanceof StreamReadException || jackson.getPath().isEmpty()) {
            return Optional.empty();
        }
        String field = pathOf(jackson);
        if (jackson instanceof UnrecognizedPropertyException) {
            return Optional.of(new FieldViolation(field, "unknown-field", problems.message("field.unknown")));
        }
        if (jackson instanceof InvalidFormatException format
                && format.getValue() instanceof String text && text.contains(ControlCharacters.NUL)) {
            return Optional.of(new FieldViolation(field, "invalid-character", problems.message("field.nul")));
        }
        if (jackson instanceof InvalidNullException) {
            return Optional.of(new FieldViolation(field, "required", problems.message("field.required")));
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return Optional.of(new FieldViolation(field, "wrong-type",
                    problems.message("field.wrong-type", expected(mismatch.getTargetType(), problems))));
        }
        return Optional.of(new FieldViolation(field, "invalid", problems.message("field.invalid")));
    }

    /** Where in the text the JSON broke, for the detail of a malformed-json problem. */
    static String location(Throwable error) {
        return causes(error).filter(JacksonException.class::isInstance).map(JacksonException.class::cast)
                .map(JacksonException::getLocation).filter(l -> l != null && l.getLineNr() > 0)
                .findFirst().map(JsonBodyErrors::describe).orElse("");
    }

    private static String describe(TokenStreamLocation location) {
        return location.getLineNr() + ":" + location.getColumnNr();
    }

    static String pathOf(JacksonException error) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : error.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type, Problems problems) {
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", problems.message("field.type.one-of") + " [", "]"));
        }
        String key;
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            key = "field.type.number";
        } else if (type == Boolean.class || type == boolean.class) {
            key = "field.type.boolean";
        } else if (type == String.class) {
            key = "field.type.text";
        } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            key = "field.type.list";
        } else if (Temporal.class.isAssignableFrom(type)) {
            key = "field.type.time";
        } else {
            key = "field.type.object";
        }
        return problems.message(key);
    }

    private static Stream<Throwable> causes(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = error; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain.stream();
    }
}
