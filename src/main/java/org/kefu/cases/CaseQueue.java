package org.kefu.cases;

import java.util.EnumSet;

import org.kefu.platform.Actor;

/**
 * The agent console's queue views ({@code GET /api/v1/cases?view=…}), each a narrowing of the case list
 * for the caller: their own cases, their unit's, their unit's unowned ones (the team queue), cases
 * waiting for someone outside, and hand-overs offered to them or to their unit's queue.
 */
enum CaseQueue {
    MINE, TEAM, UNASSIGNED, WAITING, HANDOVER;

    CaseStore.Criteria narrow(CaseStore.Criteria criteria, Actor actor) {
        Long unit = actor.orgUnitId() == null ? -1L : actor.orgUnitId();
        return switch (this) {
            case MINE -> criteria.withOwner(actor.id());
            case TEAM -> criteria.withQueue(null, unit, null, null, null);
            case UNASSIGNED -> criteria.withQueue(null, unit, true, null, null);
            case WAITING -> criteria.withQueue(EnumSet.of(CaseStatus.WAITING_FOR_CUSTOMER,
                    CaseStatus.WAITING_FOR_THIRD_PARTY), null, null, null, null);
            case HANDOVER -> criteria.withQueue(null, null, null, actor.id(), unit);
        };
    }
}
