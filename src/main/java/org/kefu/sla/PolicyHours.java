package org.kefu.sla;

import org.kefu.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Where policies and regulatory clocks get their working calendars (decision 0018): one named by a policy,
 * or the one of a case's unit and channel (24×7 for online channels, the unit's otherwise).
 */
@Component
class PolicyHours {

    private final Calendars calendars;

    PolicyHours(Calendars calendars) {
        this.calendars = calendars;
    }

    WorkingCalendar byCode(String code) {
        return calendars.byCode(code);
    }

    WorkingCalendar forUnit(String unitCode, String channelJsonName) {
        return calendars.forUnit(unitCode, channelJsonName);
    }

    boolean exists(String code) {
        try {
            calendars.byCode(code);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
