package org.kefu.notification;

import java.util.List;

/**
 * The messages Kefu can send. Texts live in {@code i18n/notification*.properties} under
 * {@code notification.<key>.subject} and {@code .body}; {@link #variables()} names the values a caller
 * must give, in the order the texts use them as {@code {0}}, {@code {1}}, ...
 */
public enum NotificationTemplate {

    CASE_ACCEPTED("case.accepted", "caseNumber", "replyBy"),
    CASE_PROGRESS("case.progress", "caseNumber", "progress"),
    CASE_RESOLVED("case.resolved", "caseNumber"),
    ONE_TIME_CODE("one-time-code", "code", "validMinutes"),
    SLA_WARNING("sla.warning", "caseNumber", "clock", "deadline"),
    SLA_ESCALATION("sla.escalation", "caseNumber", "clock", "level", "acknowledgeBy"),
    COMPLAINT_LETTER("complaint.letter", "caseNumber", "letter", "link"),
    SURVEY_INVITATION("survey.invitation", "caseNumber", "link", "validUntil"),
    RECTIFICATION_OVERDUE("rectification.overdue", "caseNumber", "action", "dueOn");

    private final String key;
    private final List<String> variables;

    NotificationTemplate(String key, String... variables) {
        this.key = key;
        this.variables = List.of(variables);
    }

    public String key() {
        return key;
    }

    public List<String> variables() {
        return variables;
    }

    public static NotificationTemplate ofKey(String key) {
        for (NotificationTemplate template : values()) {
            if (template.key.equals(key)) {
                return template;
            }
        }
        throw new IllegalArgumentException("No notification template " + key);
    }
}
