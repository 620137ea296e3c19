package org.kefu.sla;

import java.time.LocalDate;

/** A special day of one calendar: a holiday or a make-up working day, with its names for people. */
public record CalendarDay(LocalDate date, CalendarDayType type, String nameZh, String nameEn) {
}
