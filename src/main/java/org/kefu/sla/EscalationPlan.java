package org.kefu.sla;

import java.time.Duration;

/**
 * How the chain climbs for one policy: how long each level has to acknowledge. A parameter object so that
 * policies can carry more (per-level windows, skipping a level) without changing the chain's signature.
 */
record EscalationPlan(Duration acknowledgeWithin) {

    /** Levels above the owner: the unit's supervisors, the unit head (management), head office. */
    static final int TOP_LEVEL = 3;

    EscalationPlan {
        if (acknowledgeWithin == null || acknowledgeWithin.isNegative() || acknowledgeWithin.isZero()) {
            throw new IllegalArgumentException("acknowledgeWithin must be positive");
        }
    }
}
