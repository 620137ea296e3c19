package org.kefu.survey;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** A template was created, edited or deleted ({@code change}: created|edited|deleted). */
record SurveyTemplateChanged(String code, String change, int version) implements AuditableEvent {

    @Override
    public String action() {
        return "survey.template." + change;
    }

    @Override
    public String entityType() {
        return "survey-template";
    }

    @Override
    public String entityId() {
        return code;
    }

    @Override
    public Map<String, Object> summary() {
        return Map.of("version", version);
    }
}
