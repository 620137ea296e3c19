package org.kefu.platform;

import org.springframework.security.access.AccessDeniedException;

/**
 * The caller may not do this to this record for a reason a rule of the domain names (not a missing
 * permission): answered with 403 whose detail is the message key in the caller's language.
 */
public class RefusedException extends AccessDeniedException {

    private final String messageKey;
    private final transient Object[] args;

    public RefusedException(String messageKey, Object... args) {
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
