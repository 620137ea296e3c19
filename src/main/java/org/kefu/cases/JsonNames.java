package org.kefu.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Enum constants as they appear in JSON and in the database: lower_snake_case ({@code SERVICE_REQUEST} → {@code service_request}). */
final class JsonNames {

    private JsonNames() {
    }

    static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(text)).findFirst();
    }

    static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(JsonNames::of).toList();
    }
}
