package org.kefu.cases;

import java.time.Clock;

import org.kefu.platform.Actor;
import org.kefu.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a case away from its owner when another module's rule now keeps them away from it (recusal), and
 * routes it again within its unit to someone the rules allow, or leaves it in the unit's queue.
 */
@Service
class CaseReleases {

    private final Cases cases;
    private final CaseStore store;
    private final CaseRouter router;
    private final CaseGuards guards;
    private final Clock clock;

    CaseReleases(Cases cases, CaseStore store, CaseRouter router, CaseGuards guards, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.router = router;
        this.guards = guards;
        this.clock = clock;
    }

    /** True when the owner was released; false when there is no owner or they may keep the case. */
    @Transactional
    boolean releaseIfVetoed(String number, String reason, Actor actor) {
        CaseStore.Stored stored = store.find(number, actor.scope())
                .orElseThrow(() -> new NotFoundException("case", number));
        Case found = stored.theCase();
        if (found.owner() == null || guards.allows(found.id(), found.owner(), CaseWorkerVeto.Duty.WORK)) {
            return false;
        }
        cases.change(number, found.version(), actor, c -> {
            String former = c.owner();
            CaseOwnership.release(c, stored.unitCode(), reason);
            router.route(c.orgUnitId(), c.intake().categoryCode(), former, c.id())
                    .ifPresent(u -> CaseOwnership.route(c, u, stored.unitCode(), clock.instant()));
        });
        return true;
    }
}
