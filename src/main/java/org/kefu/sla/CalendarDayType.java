package org.kefu.sla;

/** What a special day does to the weekly rule. */
public enum CalendarDayType {
    /** A day off, even when the weekly rule says working (it may also fall on a weekend inside a holiday block). */
    HOLIDAY,
    /** A make-up working day (调休上班日), usually a Saturday or Sunday, worked with the hours of a Monday. */
    WORKDAY
}
