package org.kefu.platform.web;

import java.io.IOException;

/** Thrown while reading a request body that turns out longer than {@code kefu.api.max-body-size}. */
class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
