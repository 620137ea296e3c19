package org.kefu.survey;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** The rule of a case kind and channel (null = any) was set. */
record SurveyRuleSet(String caseKind, String channel, long templateId, boolean enabled) implements AuditableEvent {

    @Override
    public String action() {
        return "survey.rule.set";
    }

    @Override
    public String entityType() {
        return "survey-rule";
    }

    @Override
    public String entityId() {
        return caseKind + "/" + (channel == null ? "*" : channel);
    }

    @Override
    public Map<String, Object> summary() {
        return Map.of("template", templateId, "enabled", enabled);
    }
}
