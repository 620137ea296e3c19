package org.kefu.sla;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/** A calendar as the admin API and page show it; {@code days} limited to one year when one was asked for. */
record CalendarView(String code, String nameZh, String nameEn, String zone, boolean alwaysOpen,
                    boolean defaultCalendar, int version, Map<DayOfWeek, List<String>> hours, List<CalendarDay> days) {

    static CalendarView of(CalendarStore.StoredCalendar stored, String defaultCode, Integer year) {
        CalendarStore.Row row = stored.row();
        List<CalendarDay> days = stored.definition().days().stream()
                .filter(day -> year == null || day.date().getYear() == year).toList();
        return new CalendarView(row.code(), row.nameZh(), row.nameEn(), row.zone(), row.alwaysOpen(),
                row.code().equals(defaultCode), row.version(), CalendarSettings.text(stored.definition().hours()), days);
    }

    String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
