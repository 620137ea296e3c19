package org.kefu.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.kefu.identity.OrgUnits;
import org.kefu.platform.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Working calendars: hours, special days, yearly imports and where each calendar applies. */
@RestController
@RequestMapping("/api/v1/sla/calendars")
@Tag(name = "Working calendars", description = "Calendars for SLA deadlines (sla.calendars.read, sla.calendars.manage)")
class CalendarsApi {

    private final Calendars calendars;
    private final CalendarAdmin admin;
    private final OrgUnits orgUnits;
    private final CurrentActor actor;

    CalendarsApi(Calendars calendars, CalendarAdmin admin, OrgUnits orgUnits, CurrentActor actor) {
        this.calendars = calendars;
        this.admin = admin;
        this.orgUnits = orgUnits;
        this.actor = actor;
    }

    record NewCalendar(@NotBlank String code, @NotNull @Valid CalendarSettings settings) {
    }

    record DayData(@NotNull CalendarDayType type, @NotBlank @Size(max = 100) String nameZh,
                   @NotBlank @Size(max = 100) String nameEn) {
    }

    record Assignment(@Size(max = 32) String calendar) {
    }

    record Imported(String calendar, int year, int days) {
    }

    record Assignments(Map<String, String> units, Map<String, String> channels) {
    }

    @GetMapping
    @Operation(summary = "All calendars; special days of one year when ?year= is given, else none")
    List<CalendarView> list(@RequestParam(required = false) Integer year) {
        return calendars.views(year == null ? -1 : year);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One calendar with its hours and special days (all, or of ?year=)")
    CalendarView one(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return calendars.view(code, year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CalendarView create(@Valid @RequestBody NewCalendar calendar) {
        admin.create(calendar.code(), calendar.settings());
        return calendars.view(calendar.code(), null);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Replace names, zone, 24x7 flag and weekly hours")
    CalendarView change(@PathVariable String code, @Valid @RequestBody CalendarSettings settings) {
        admin.change(code, settings);
        return calendars.view(code, null);
    }

    @PutMapping("/{code}/days/{date}")
    @Operation(summary = "Add or replace a special day (HOLIDAY or WORKDAY)")
    CalendarDay putDay(@PathVariable String code, @PathVariable LocalDate date, @Valid @RequestBody DayData data) {
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            throw new org.kefu.platform.InvalidInputException("date", "out-of-range", "sla.day.date-range");
        }
        CalendarDay day = new CalendarDay(date, data.type(), data.nameZh().strip(), data.nameEn().strip());
        admin.putDay(code, day);
        return day;
    }

    @DeleteMapping("/{code}/days/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteDay(@PathVariable String code, @PathVariable LocalDate date) {
        admin.deleteDay(code, date);
    }

    @PostMapping(path = "/{code}/years/{year}", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Replace a year's special days by a csv in the format of cn-holidays.csv; all or nothing")
    Imported importYear(@PathVariable String code, @PathVariable int year, @RequestBody String csv) {
        return new Imported(code, year, admin.importYear(code, year, csv));
    }

    @GetMapping("/assignments")
    @Operation(summary = "Units and channels with their own calendar (units below inherit)")
    Assignments assignments() {
        Map<String, String> units = new TreeMap<>();
        calendars.unitAssignments().forEach((id, code) ->
                orgUnits.tree().byId(id).ifPresent(unit -> units.put(unit.code(), code)));
        return new Assignments(units, new TreeMap<>(calendars.channelAssignments()));
    }

    @PutMapping("/assignments/units/{unitCode}")
    @Operation(summary = "Give a unit (and the units below it) a calendar; calendar null removes the unit's own")
    void assignUnit(@PathVariable String unitCode, @Valid @RequestBody Assignment assignment) {
        admin.assignUnit(unitCode, assignment.calendar(), actor.get());
    }

    @PutMapping("/assignments/channels/{channel}")
    @Operation(summary = "Give a channel (e.g. online_chat) a calendar that overrides the unit's; null removes it")
    void assignChannel(@PathVariable String channel, @Valid @RequestBody Assignment assignment) {
        admin.assignChannel(channel, assignment.calendar());
    }
}
