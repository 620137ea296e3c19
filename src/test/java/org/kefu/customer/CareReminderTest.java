package org.kefu.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which care reminders a customer gets on a given day. */
class CareReminderTest {

    private static Customer born(LocalDate birthDate, LocalDate returnVisit) {
        return new Customer(1, "C0000000001", "张三", Gender.MALE, birthDate, null, null, null, null, null, null,
                CustomerType.INDIVIDUAL, null, Set.of(), null, null, null, null, "BJ", List.of(), Set.of(),
                returnVisit, null, 0);
    }

    private static List<String> kinds(Customer customer, LocalDate today) {
        return CareReminder.of(customer, today).stream().map(CareReminder::kind).toList();
    }

    @Test
    void birthdaysWithinThirtyDaysAcrossTheYearEnd() {
        LocalDate today = LocalDate.of(2026, 12, 20);
        assertThat(kinds(born(LocalDate.of(1980, 1, 10), null), today)).contains("birthday");
        assertThat(kinds(born(LocalDate.of(1980, 2, 10), null), today)).doesNotContain("birthday");
        assertThat(kinds(born(LocalDate.of(1980, 12, 19), null), today)).doesNotContain("birthday");
    }

    @Test
    void festivalsAndDueReturnVisits() {
        List<CareReminder> reminders = CareReminder.of(born(null, LocalDate.of(2026, 9, 30)), LocalDate.of(2026, 9, 20));
        assertThat(reminders).containsExactly(new CareReminder("holiday", "national-day", LocalDate.of(2026, 10, 1)),
                new CareReminder("return-visit", null, LocalDate.of(2026, 9, 30)));
        assertThat(kinds(born(null, LocalDate.of(2026, 12, 1)), LocalDate.of(2026, 11, 1))).isEmpty();
    }

    @Test
    void aLeapDayBirthdayFallsOnTheFirstOfMarchInOtherYears() {
        assertThat(CareReminder.daysUntil(MonthDay.of(2, 29), LocalDate.of(2027, 2, 27))).isEqualTo(2);
        assertThat(CareReminder.daysUntil(MonthDay.of(2, 29), LocalDate.of(2028, 2, 27))).isEqualTo(2);
    }

    @Test
    void erasedCustomersGetNoReminders() {
        Customer erased = new Customer(1, "C0000000001", "已删除客户 C0000000001", null, null, null, null, null, null,
                null, null, CustomerType.INDIVIDUAL, null, Set.of(), null, null, null, null, "BJ", List.of(), Set.of(),
                LocalDate.of(2020, 1, 1), java.time.Instant.now(), 1);
        assertThat(CareReminder.of(erased, LocalDate.of(2026, 9, 20))).isEmpty();
    }
}
