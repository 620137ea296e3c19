package org.kefu.notification.delivery;

/**
 * What a channel adapter made of one attempt. Reasons are read by support staff and written to the
 * audit trail: they name what went wrong (an HTTP status, "SMTP server unavailable"), never the recipient.
 */
public sealed interface SendOutcome {

    /** Handed over; {@code delivered} when the channel knows it arrived (in-app messages). */
    record Sent(boolean delivered) implements SendOutcome {
    }

    /** Might work later: the vendor is down, slow or busy. */
    record Retry(String reason) implements SendOutcome {
    }

    /** Will never work as it is: the vendor refused the message. */
    record Failed(String reason) implements SendOutcome {
    }
}
