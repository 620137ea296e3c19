package org.kefu.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request is valid but clashes with the current state (someone else changed the record, or the
 * action is not possible now). Answered with 409; the detail is the message key in the caller's language.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    public ConflictException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    /**
     * Adds a property to the problem body, e.g. the steps that are possible instead ({@code allowed}), so
     * that a program can react without parsing the detail text.
     */
    public ConflictException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
