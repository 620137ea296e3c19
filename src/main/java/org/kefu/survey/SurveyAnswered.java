package org.kefu.survey;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A customer answered the survey of a case; the closed loop ({@link LowScoreLoop}) looks at the scores. */
public record SurveyAnswered(long responseId, String caseNumber) implements AuditableEvent {

    @Override
    public String action() {
        return "survey.answered";
    }

    @Override
    public String entityType() {
        return "case";
    }

    @Override
    public String entityId() {
        return caseNumber;
    }

    @Override
    public Map<String, Object> summary() {
        return Map.of("response", responseId);
    }
}
