package org.kefu.survey;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** An invitation went out ({@code via}: email|sms|portal); {@code resend}: which resend, 0 for the first. */
record SurveyInvitationSent(String caseNumber, String via, int resend) implements AuditableEvent {

    @Override
    public String action() {
        return resend == 0 ? "survey.invitation.sent" : "survey.invitation.resent";
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
        return Map.of("via", via, "resend", resend);
    }
}
