package org.kefu.survey;

import java.util.HashMap;
import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A low score opened a follow-up case, owned by {@code assignee} (null: left to routing). */
record SurveyFollowUpOpened(String caseNumber, long responseId, int score, String followUp, String assignee)
        implements AuditableEvent {

    @Override
    public String action() {
        return "survey.follow-up.opened";
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
        Map<String, Object> summary = new HashMap<>(Map.of("response", responseId, "score", score,
                "followUp", followUp));
        if (assignee != null) {
            summary.put("assignee", assignee);
        }
        return summary;
    }
}
