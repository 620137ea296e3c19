package org.kefu.sla;

import java.time.Instant;

/** An escalation as the API shows it; {@code level} 0 = at risk (warned), 1–3 = the chain's level. */
record EscalationView(long id, String caseNumber, String clock, String unit, String policy, String state, int level,
                      Instant dueAt, Instant warnedAt, Instant breachedAt, Instant acknowledgeBy,
                      String acknowledgedBy, Instant acknowledgedAt) {

    static EscalationView of(EscalationStore.Escalation e) {
        return new EscalationView(e.id(), e.caseNumber(), e.clock(), e.unitCode(), e.policyCode(), e.state(),
                e.level(), e.dueAt(), e.warnedAt(), e.breachedAt(), e.acknowledgeBy(), e.acknowledgedBy(),
                e.acknowledgedAt());
    }
}
