package org.kefu.knowledge.assistant;

import java.util.Optional;

import org.kefu.knowledge.Language;

/**
 * What the assistant asks of the people behind it: open cases and tell a customer how theirs stands.
 * Implemented over the cases module ({@link CasesServiceDesk}); tests use their own.
 */
interface ServiceDesk {

    /** Opens the P1 service request to freeze the card ending {@code lastFour}; returns the case number. */
    String reportLostCard(String lastFour, String mobile, String transcript, Language language, String address);

    /**
     * The case's status (lower_snake_case) — only when {@code mobileLastFour} are the last four digits of the
     * mobile on it. Empty for an unknown case and for wrong digits alike.
     */
    Optional<String> statusOf(String caseNumber, String mobileLastFour);

    /** Opens a consultation for a human to take over, with the transcript; returns the case number. */
    String handOff(String question, String mobile, String transcript, Language language, String address);
}
