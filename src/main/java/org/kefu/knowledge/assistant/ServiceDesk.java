package org.kefu.knowledge.assistant;

import java.util.Optional;

import org.kefu.knowledge.Language;

/**
 * What the assistant asks of the people behind it: open cases and tell a customer how theirs stands.
 * Implemented over the cases module ({@link CasesServiceDesk}); tests use their own.
 */
interface ServiceDesk {

    /**
     * Opens the P1 service request to freeze the card ending {@code lastFour}; returns the case number — the
     * one already open when the same card and mobile were reported lately.
     *
     * @param anonymous the caller is a portal visitor (limited per address), not an authenticated channel system
     * @throws TooManyCases when the address has opened its share of cases for now
     */
    String reportLostCard(String lastFour, String mobile, String transcript, Language language, String address,
                          boolean anonymous);

    /**
     * The case's status — only when {@code mobileLastFour} are the last four digits of the mobile on it; not
     * found for an unknown case and for wrong digits alike; try-later when the case number has had too many
     * failed checks (without looking).
     */
    StatusCheck statusOf(String caseNumber, String mobileLastFour);

    /** @param status lower_snake_case, null when not found or limited */
    record StatusCheck(String status, boolean tryLater) {
        static final StatusCheck NOT_FOUND = new StatusCheck(null, false);
        static final StatusCheck TRY_LATER = new StatusCheck(null, true);

        static StatusCheck found(String status) {
            return new StatusCheck(status, false);
        }

        Optional<String> found() {
            return Optional.ofNullable(status);
        }
    }

    /**
     * Opens a consultation for a human to take over, with the transcript; returns the case number.
     *
     * @throws TooManyCases when the (anonymous) address has opened its share of cases for now
     */
    String handOff(String question, String mobile, String transcript, Language language, String address,
                   boolean anonymous);

    /** Nothing was opened: the address asked for too many cases lately. */
    final class TooManyCases extends RuntimeException {
        TooManyCases() {
            super("too many cases from one address", null, false, false);
        }
    }
}
