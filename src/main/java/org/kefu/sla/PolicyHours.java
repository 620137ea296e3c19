package org.kefu.sla;

/**
 * Where policies and regulatory clocks get their working calendars: one named by a policy, or the one of a
 * case's unit and channel (24×7 for online channels, the unit's otherwise).
 */
interface PolicyHours {

    /** The calendar of that code; an unknown code is the caller's input error. */
    WorkingCalendar byCode(String code);

    WorkingCalendar forUnit(String unitCode, String channelJsonName);

    boolean exists(String code);
}
