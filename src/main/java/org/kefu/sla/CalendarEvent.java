package org.kefu.sla;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/** What the audit trail records about calendars: codes, dates, counts — no personal data is involved. */
record CalendarEvent(String action, String entityId, Map<String, Object> summary) implements AuditableEvent {

    static CalendarEvent created(String code) {
        return new CalendarEvent("sla.calendar.created", code, Map.of());
    }

    static CalendarEvent changed(String code, String zone, boolean alwaysOpen) {
        return new CalendarEvent("sla.calendar.changed", code, Map.of("zone", zone, "alwaysOpen", alwaysOpen));
    }

    static CalendarEvent daySet(String code, CalendarDay day, boolean replaced) {
        return new CalendarEvent("sla.calendar.day-set", code,
                Map.of("date", day.date().toString(), "type", day.type().name(), "replaced", replaced));
    }

    static CalendarEvent dayDeleted(String code, String date) {
        return new CalendarEvent("sla.calendar.day-deleted", code, Map.of("date", date));
    }

    static CalendarEvent yearImported(String code, int year, int imported, int replaced) {
        return new CalendarEvent("sla.calendar.year-imported", code,
                Map.of("year", year, "imported", imported, "replaced", replaced));
    }

    static CalendarEvent unitAssigned(String code, String unit) {
        return new CalendarEvent("sla.calendar.unit-assigned", String.valueOf(code), Map.of("unit", unit));
    }

    static CalendarEvent channelAssigned(String code, String channel) {
        return new CalendarEvent("sla.calendar.channel-assigned", String.valueOf(code), Map.of("channel", channel));
    }

    @Override
    public String entityType() {
        return "sla-calendar";
    }
}
