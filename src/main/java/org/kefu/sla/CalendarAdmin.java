package org.kefu.sla;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.kefu.cases.CaseChannel;
import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.kefu.platform.CurrentActor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to calendars, special days and assignments: checked, written, audited, then seen by {@link Calendars}. */
@Service
class CalendarAdmin {

    static final Set<String> CHANNELS = Arrays.stream(CaseChannel.values())
            .map(channel -> channel.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private final CalendarStore store;
    private final Calendars calendars;
    private final OrgUnits orgUnits;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;

    CalendarAdmin(CalendarStore store, Calendars calendars, OrgUnits orgUnits, ApplicationEventPublisher events,
                  CurrentActor actor) {
        this.actor = actor;
        this.store = store;
        this.calendars = calendars;
        this.orgUnits = orgUnits;
        this.events = events;
    }

    @Transactional
    void create(String code, CalendarSettings settings) {
        requireHeadOffice();
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{0,31}")) {
            throw new InvalidInputException("code", "invalid", "sla.calendar.code");
        }
        CalendarDefinition definition = settings.toDefinition(code);
        if (store.lockedRow(code).isPresent()) {
            throw new ConflictException("sla.calendar.exists").with("code", code);
        }
        try {
            store.insert(definition);
        } catch (DuplicateKeyException concurrentCreate) {
            throw new ConflictException("sla.calendar.exists").with("code", code);
        }
        events.publishEvent(CalendarEvent.created(code));
        calendars.invalidate();
    }

    @Transactional
    void change(String code, CalendarSettings settings) {
        requireHeadOffice();
        CalendarStore.Row row = row(code);
        CalendarDefinition definition = settings.toDefinition(code);
        store.update(row.id(), definition.nameZh(), definition.nameEn(), definition.zone(), definition.alwaysOpen(),
                definition.hours());
        events.publishEvent(CalendarEvent.changed(code, definition.zone().getId(), definition.alwaysOpen()));
        calendars.invalidate();
    }

    @Transactional
    void putDay(String code, CalendarDay day) {
        requireHeadOffice();
        CalendarStore.Row row = row(code);
        boolean replaced = store.putDay(row.id(), day);
        store.touch(row.id());
        events.publishEvent(CalendarEvent.daySet(code, day, replaced));
        calendars.invalidate();
    }

    @Transactional
    void deleteDay(String code, LocalDate date) {
        requireHeadOffice();
        CalendarStore.Row row = row(code);
        if (!store.deleteDay(row.id(), date)) {
            throw new NotFoundException("calendar day", code + "/" + date);
        }
        store.touch(row.id());
        events.publishEvent(CalendarEvent.dayDeleted(code, date.toString()));
        calendars.invalidate();
    }

    /** Replaces the special days of the year by the rows of the csv; nothing is written if any row is bad. */
    @Transactional
    int importYear(String code, int year, String csv) {
        requireHeadOffice();
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "out-of-range", "sla.day.date-range");
        }
        List<CalendarDay> days = HolidayCsv.parse(csv, year);
        CalendarStore.Row row = row(code);
        int replaced = store.deleteYear(row.id(), year);
        days.forEach(day -> store.putDay(row.id(), day));
        store.touch(row.id());
        events.publishEvent(CalendarEvent.yearImported(code, year, days.size(), replaced));
        calendars.invalidate();
        return days.size();
    }

    /** Assigns {@code calendarCode} to the unit and its subtree; null removes the own assignment of the unit. */
    @Transactional
    void assignUnit(String unitCode, String calendarCode, Actor actor) {
        OrgUnit unit = orgUnits.visible(unitCode, actor.scope());
        store.assignUnit(unit.id(), calendarCode == null ? null : calendarId(calendarCode));
        events.publishEvent(CalendarEvent.unitAssigned(calendarCode, unit.code()));
        calendars.invalidate();
    }

    /** Assigns {@code calendarCode} to a channel (overriding units); null removes it. */
    @Transactional
    void assignChannel(String channel, String calendarCode) {
        requireHeadOffice();
        if (!CHANNELS.contains(channel)) {
            throw new NotFoundException("channel", channel);
        }
        store.assignChannel(channel, calendarCode == null ? null : calendarId(calendarCode));
        events.publishEvent(CalendarEvent.channelAssigned(calendarCode, channel));
        calendars.invalidate();
    }

    /**
     * Calendars and channel overrides apply across the bank: only staff whose data scope is the whole bank
     * change them. A branch administrator may still assign an existing calendar to units in their scope.
     */
    private void requireHeadOffice() {
        if (!actor.get().scope().isGlobal()) {
            throw new AccessDeniedException("calendars are changed by the head office");
        }
    }

    static boolean mayChangeCalendars(Actor actor) {
        return actor.can(CalendarPermissions.MANAGE) && actor.scope().isGlobal();
    }

    private long calendarId(String calendarCode) {
        return store.lockedRow(calendarCode)
                .orElseThrow(() -> new InvalidInputException("calendar", "invalid", "sla.calendar.unknown")).id();
    }

    private CalendarStore.Row row(String code) {
        return store.lockedRow(code).orElseThrow(() -> new NotFoundException("calendar", code));
    }
}
