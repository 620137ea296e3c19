package org.kefu.sla;

import java.time.Instant;
import java.util.List;

/** A policy version as the API shows it. */
record PolicyView(long id, String code, int position, int version, String name, PolicyRequest.Match match,
                  PolicyRequest.Target firstResponse, PolicyRequest.Target nextUpdate, PolicyRequest.Target resolution,
                  String calendar, List<Double> warnings, boolean reassignOnEscalation, String author,
                  Instant createdAt, String reason) {

    static PolicyView of(SlaPolicy p) {
        PolicyMatch m = p.match();
        return new PolicyView(p.id(), p.code(), p.position(), p.version(), p.name(),
                new PolicyRequest.Match(m.kinds(), m.categories(), m.priorities(), m.channels(), m.segments(),
                        m.units()), target(p.firstResponse()), target(p.nextUpdate()), target(p.resolution()),
                p.calendarCode(), p.warnings(), p.reassignOnEscalation(), p.author(), p.createdAt(), p.reason());
    }

    private static PolicyRequest.Target target(PolicyTarget t) {
        return t == null ? null : new PolicyRequest.Target(t.amount(), t.unit().jsonName());
    }

    /** A policy with every version, newest first. */
    record WithVersions(PolicyView current, List<PolicyView> versions) {
    }

    /** The policy a case runs on, briefly. */
    record Applied(long id, String code, int version, String name) {

        static Applied of(SlaPolicy p) {
            return p == null ? null : new Applied(p.id(), p.code(), p.version(), p.name());
        }
    }
}
