package org.kefu.sla;

import java.util.List;
import java.util.Optional;

import org.kefu.cases.CaseClocks;
import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.springframework.stereotype.Component;

/** The first policy, in match order, whose conditions a case meets; and the calendar its clocks run on. */
@Component
class PolicyMatcher {

    private final PolicyStore policies;
    private final OrgUnits units;
    private final PolicyHours hours;

    PolicyMatcher(PolicyStore policies, OrgUnits units, PolicyHours hours) {
        this.policies = policies;
        this.units = units;
        this.hours = hours;
    }

    Optional<SlaPolicy> first(PolicyMatch.Profile profile) {
        return first(policies.current(), profile);
    }

    static Optional<SlaPolicy> first(List<SlaPolicy> inOrder, PolicyMatch.Profile profile) {
        return inOrder.stream().filter(p -> p.match().matches(profile)).findFirst();
    }

    PolicyMatch.Profile profile(CaseClocks.Facts f) {
        return new PolicyMatch.Profile(f.kindName(), f.categoryCode(), f.priority().name(), f.channelName(),
                f.segment(), unitPath(f.unitCode()));
    }

    /** The unit and its ancestors: a policy for a branch also covers its sub-branches. */
    List<String> unitPath(String unitCode) {
        Optional<OrgUnit> unit = units.tree().byCode(unitCode);
        if (unit.isEmpty()) {
            return List.of(unitCode);
        }
        return units.tree().units().stream().filter(u -> u.isAncestorOrSelfOf(unit.get())).map(OrgUnit::code)
                .toList();
    }

    boolean unitExists(String unitCode) {
        return units.tree().byCode(unitCode).isPresent();
    }

    /**
     * The policy's own calendar, else the one of the case's unit and channel. A calendar removed after the
     * policy named it falls back to the unit's too: an intake must never fail over a policy's setting.
     */
    WorkingCalendar calendar(SlaPolicy policy, String unitCode, String channel) {
        return policy.calendarCode() != null && hours.exists(policy.calendarCode())
                ? hours.byCode(policy.calendarCode()) : hours.forUnit(unitCode, channel);
    }

    /** Regulatory working days count on the unit's calendar, whatever the channel. */
    WorkingCalendar regulatoryCalendar(String unitCode) {
        return hours.forUnit(unitCode, null);
    }
}
