package org.kefu.knowledge.assistant;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The assistant's settings ({@code kefu.assistant.*}).
 *
 * @param idleTimeout                a conversation nobody wrote in for this long is over
 * @param messagesPerHour            messages one client address may send through the portal widget
 * @param failedStatusChecksPerCasePerHour where-is-my-complaint checks of one case number that failed (wrong
 *                                         digits), whoever asks; past it the check is refused for a while
 * @param casesPerHour               cases (lost card, hand-off) one client address of the portal widget may open
 * @param repeatedCaseWindow         the same card and mobile reported again within this is the case already open
 */
@ConfigurationProperties("kefu.assistant")
record AssistantProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("120") int messagesPerHour,
                           @DefaultValue("5") int failedStatusChecksPerCasePerHour,
                           @DefaultValue("10") int casesPerHour, @DefaultValue("30m") Duration repeatedCaseWindow) {
}
