package org.kefu.sla;

/** Permissions the calendar part of the SLA module checks; which roles hold them is seeded by its migration. */
public final class CalendarPermissions {

    /** See calendars, their hours, special days and assignments. */
    public static final String READ = "sla.calendars.read";

    /** Create and change calendars, special days and assignments. */
    public static final String MANAGE = "sla.calendars.manage";

    private CalendarPermissions() {
    }
}
