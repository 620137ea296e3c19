package org.kefu.customer;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * A reason to contact a customer soon: a birthday, a festival greeting, a periodic return visit that is
 * due. Computed when the profile is shown rather than stored, so it never goes stale.
 *
 * @param kind  {@code birthday}, {@code holiday} or {@code return-visit}
 * @param label a festival's message key suffix, otherwise null
 * @param on    the day; null for birthdays, whose day stays masked like the birth date itself
 */
record CareReminder(String kind, String label, LocalDate on) {

    static final int BIRTHDAY_DAYS = 30;
    static final int HOLIDAY_DAYS = 14;
    static final int RETURN_VISIT_DAYS = 14;

    /**
     * Festivals on fixed Gregorian dates. Spring Festival and Mid-Autumn follow the lunar calendar and
     * need the holiday calendar the SLA module will bring.
     */
    private static final List<MonthDay> FESTIVALS = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(10, 1));
    private static final List<String> FESTIVAL_KEYS = List.of("new-year", "labour-day", "national-day");

    static List<CareReminder> of(Customer customer, LocalDate today) {
        List<CareReminder> reminders = new ArrayList<>();
        if (customer.erased()) {
            return reminders;
        }
        if (customer.birthDate() != null && daysUntil(MonthDay.from(customer.birthDate()), today) <= BIRTHDAY_DAYS) {
            reminders.add(new CareReminder("birthday", null, null));
        }
        for (int i = 0; i < FESTIVALS.size(); i++) {
            long days = daysUntil(FESTIVALS.get(i), today);
            if (days <= HOLIDAY_DAYS) {
                reminders.add(new CareReminder("holiday", FESTIVAL_KEYS.get(i), today.plusDays(days)));
            }
        }
        LocalDate visit = customer.nextReturnVisitOn();
        if (visit != null && !visit.isAfter(today.plusDays(RETURN_VISIT_DAYS))) {
            reminders.add(new CareReminder("return-visit", null, visit));
        }
        return reminders;
    }

    /** Days from today to the next occurrence of {@code day} (0 today); 29 February counts as 1 March in other years. */
    static long daysUntil(MonthDay day, LocalDate today) {
        LocalDate next = day.atYear(today.getYear());
        if (next.isBefore(today)) {
            next = day.atYear(today.getYear() + 1);
        }
        if (day.getMonthValue() == 2 && day.getDayOfMonth() == 29 && !next.isLeapYear()) {
            next = next.plusDays(1);
        }
        return next.toEpochDay() - today.toEpochDay();
    }
}
