package org.kefu.platform;

/**
 * The request is valid but clashes with the current state (someone else changed the record, or the
 * action is not possible now). Answered with 409; the detail is the message key in the caller's language.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

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
}
