package org.kefu.sla;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/** The seeded calendars built without a database, from the same csv the migration was made from. */
final class SeededCalendars {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private SeededCalendars() {
    }

    static List<CalendarDay> cnHolidays() {
        try (InputStream in = SeededCalendars.class.getResourceAsStream("/sla/cn-holidays.csv")) {
            return HolidayCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CalendarDefinition cnMainlandDefinition() {
        return new CalendarDefinition("CN-MAINLAND", "中国内地工作日", "Mainland China working days", SHANGHAI,
                WorkingHours.weekdays("09:00-12:00", "13:30-17:30"), false, cnHolidays());
    }

    static WorkingCalendar cnMainland() {
        return cnMainlandDefinition().toWorkingCalendar();
    }

    static WorkingCalendar london() {
        return new CalendarDefinition("UK", "伦敦", "London", ZoneId.of("Europe/London"),
                WorkingHours.weekdays("00:30-03:00", "09:00-17:00"), false, List.of()).toWorkingCalendar();
    }
}
