package org.kefu.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The calendar tables: definitions with their hours and special days, and the assignments. */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, String code, String nameZh, String nameEn, String zone, boolean alwaysOpen,
               boolean isDefault, int version) {
    }

    /** Everything the in-memory calendars are built from, read in one go. */
    record Contents(List<StoredCalendar> calendars, Map<Long, String> unitCalendars, Map<String, String> channelCalendars) {
    }

    record StoredCalendar(Row row, CalendarDefinition definition) {
    }

    /** Everything in one snapshot of the database: a commit between the statements cannot mix versions. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Contents load() {
        List<Row> rows = jdbc.sql("select id, code, name_zh, name_en, zone, always_open, is_default, version"
                + " from sla_calendar order by code").query(Row.class).list();
        Map<Long, Map<DayOfWeek, List<WorkingHours.Interval>>> hours = new HashMap<>();
        jdbc.sql("select calendar_id, weekday, start_minute, end_minute from sla_calendar_interval")
                .query((rs, n) -> hours.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(DayOfWeek.class))
                        .computeIfAbsent(DayOfWeek.of(rs.getInt(2)), d -> new ArrayList<>())
                        .add(new WorkingHours.Interval(rs.getInt(3), rs.getInt(4)))).list();
        Map<Long, List<CalendarDay>> days = new HashMap<>();
        jdbc.sql("select calendar_id, day, type, name_zh, name_en from sla_calendar_day")
                .query((rs, n) -> days.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new CalendarDay(rs.getObject(2, LocalDate.class), CalendarDayType.valueOf(rs.getString(3)),
                                rs.getString(4), rs.getString(5)))).list();
        List<StoredCalendar> calendars = rows.stream().map(row -> new StoredCalendar(row, new CalendarDefinition(
                row.code(), row.nameZh(), row.nameEn(), ZoneId.of(row.zone()),
                new WorkingHours(hours.getOrDefault(row.id(), Map.of())), row.alwaysOpen(),
                days.getOrDefault(row.id(), List.of())))).toList();
        Map<Long, String> units = new HashMap<>();
        jdbc.sql("select u.org_unit_id, c.code from sla_calendar_unit u join sla_calendar c on c.id = u.calendar_id")
                .query((rs, n) -> units.put(rs.getLong(1), rs.getString(2))).list();
        Map<String, String> channels = new HashMap<>();
        jdbc.sql("select h.channel, c.code from sla_calendar_channel h join sla_calendar c on c.id = h.calendar_id")
                .query((rs, n) -> channels.put(rs.getString(1), rs.getString(2))).list();
        return new Contents(calendars, units, channels);
    }

    Optional<Row> lockedRow(String code) {
        return jdbc.sql("select id, code, name_zh, name_en, zone, always_open, is_default, version"
                + " from sla_calendar where code = ? for update").param(code).query(Row.class).optional();
    }

    long insert(CalendarDefinition calendar) {
        long id = jdbc.sql("insert into sla_calendar (code, name_zh, name_en, zone, always_open) values (?, ?, ?, ?, ?)"
                        + " returning id")
                .params(calendar.code(), calendar.nameZh(), calendar.nameEn(), calendar.zone().getId(), calendar.alwaysOpen())
                .query(Long.class).single();
        replaceHours(id, calendar.hours());
        return id;
    }

    void update(long id, String nameZh, String nameEn, ZoneId zone, boolean alwaysOpen, WorkingHours hours) {
        jdbc.sql("update sla_calendar set name_zh = ?, name_en = ?, zone = ?, always_open = ?, version = version + 1,"
                        + " updated_at = now() where id = ?")
                .params(nameZh, nameEn, zone.getId(), alwaysOpen, id).update();
        replaceHours(id, hours);
    }

    private void replaceHours(long id, WorkingHours hours) {
        jdbc.sql("delete from sla_calendar_interval where calendar_id = ?").param(id).update();
        hours.days().forEach((day, intervals) -> intervals.forEach(interval -> jdbc.sql(
                        "insert into sla_calendar_interval (calendar_id, weekday, start_minute, end_minute) values (?, ?, ?, ?)")
                .params(id, day.getValue(), interval.startMinute(), interval.endMinute()).update()));
    }

    void touch(long id) {
        jdbc.sql("update sla_calendar set version = version + 1, updated_at = now() where id = ?").param(id).update();
    }

    /** Inserts or replaces the day; whether it existed before. */
    boolean putDay(long calendarId, CalendarDay day) {
        boolean existed = deleteDay(calendarId, day.date());
        jdbc.sql("insert into sla_calendar_day (calendar_id, day, type, name_zh, name_en) values (?, ?, ?, ?, ?)")
                .params(calendarId, day.date(), day.type().name(), day.nameZh(), day.nameEn()).update();
        return existed;
    }

    boolean deleteDay(long calendarId, LocalDate date) {
        return jdbc.sql("delete from sla_calendar_day where calendar_id = ? and day = ?").params(calendarId, date)
                .update() > 0;
    }

    int deleteYear(long calendarId, int year) {
        return jdbc.sql("delete from sla_calendar_day where calendar_id = ? and day between ? and ?")
                .params(calendarId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
    }

    void assignUnit(long unitId, Long calendarId) {
        jdbc.sql("delete from sla_calendar_unit where org_unit_id = ?").param(unitId).update();
        if (calendarId != null) {
            jdbc.sql("insert into sla_calendar_unit (org_unit_id, calendar_id) values (?, ?)").params(unitId, calendarId).update();
        }
    }

    void assignChannel(String channel, Long calendarId) {
        jdbc.sql("delete from sla_calendar_channel where channel = ?").param(channel).update();
        if (calendarId != null) {
            jdbc.sql("insert into sla_calendar_channel (channel, calendar_id) values (?, ?)").params(channel, calendarId).update();
        }
    }
}
