package org.kefu.cases;

import java.time.Instant;

/**
 * One attempt to reach the customer, e.g. for the return visit (回访). A confirmation, or a satisfaction
 * rating the customer gave, confirms; anything else is a documented failed attempt.
 *
 * @param rating 1 (very dissatisfied) to 5 (very satisfied), when the customer gave one
 */
record ContactAttempt(Channel channel, Outcome outcome, Integer rating, String note) {

    enum Channel { PHONE, SMS, EMAIL, VISIT }

    enum Outcome { CONFIRMED, NO_ANSWER, BUSY, REFUSED, WRONG_NUMBER }

    boolean confirms() {
        return outcome == Outcome.CONFIRMED || rating != null;
    }

    /** An attempt as recorded on the case. */
    record Made(ContactAttempt attempt, Instant at, String actor) {
    }
}
