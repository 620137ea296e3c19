package org.kefu.platform;

/**
 * The record does not exist for this caller. Also thrown for records outside the caller's org unit:
 * a 404 does not tell anyone what exists elsewhere.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
