package org.kefu.survey;

import java.time.Instant;
import java.util.Locale;

/** An invitation as stored: the case's facts at resolution, the template, how it was sent, its link's state. */
record SurveyInvitation(long id, long caseId, String caseNumber, String caseKind, String caseChannel,
                        long unitId, String agent, long templateId, String locale, String sentVia,
                        Instant expiresAt, Instant usedAt, int resends) {

    Locale language() {
        return "en".equals(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
