package org.kefu.sla;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.kefu.platform.CurrentActor;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The calendars page: the list, the hours and special days of a year, and the two forms. */
@Controller
@RequestMapping("/sla/calendars")
class CalendarPages {

    private final Calendars calendars;
    private final CalendarAdmin admin;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final Clock clock;

    CalendarPages(Calendars calendars, CalendarAdmin admin, CurrentActor actor, MessageSource messages, Clock clock) {
        this.calendars = calendars;
        this.admin = admin;
        this.actor = actor;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) String code, @RequestParam(required = false) Integer year, Model model) {
        CalendarView selected = code == null ? null : calendars.view(code, null);
        String shown = selected != null ? selected.code() : calendars.defaultCalendar().code();
        int shownYear = year != null ? year : LocalDate.now(clock.withZone(calendars.byCode(shown).zone())).getYear();
        model.addAttribute("calendars", calendars.views(-1));
        model.addAttribute("calendar", calendars.view(shown, shownYear));
        model.addAttribute("year", shownYear);
        model.addAttribute("canManage", CalendarAdmin.mayChangeCalendars(actor.get()));
        model.addAttribute("types", CalendarDayType.values());
        model.addAttribute("dayErrors", Map.of());
        model.addAttribute("importErrors", Map.of());
        model.addAttribute("day", Map.of());
        return "sla/calendars";
    }

    @PostMapping("/{code}/days")
    String addDay(@PathVariable String code, @RequestParam(defaultValue = "") String date,
                  @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String nameZh,
                  @RequestParam(defaultValue = "") String nameEn, Model model, HttpServletResponse response) {
        calendars.view(code, null); // 404 before looking at the form
        String csv = HolidayCsv.HEADER + "\n" + String.join(",", date, nameZh, nameEn, type, "") + "\n";
        try {
            // The form goes through the CSV reader: a comma or line break in a name would shift or add
            // columns, so such names are refused beside their own field first.
            List<FieldViolation> names = new ArrayList<>();
            for (String[] field : new String[][] {{"nameZh", nameZh}, {"nameEn", nameEn}}) {
                if (field[1].matches("(?s).*[,\\r\\n].*")) {
                    names.add(new FieldViolation(field[0], "invalid", "sla.day.name-characters"));
                }
            }
            if (!names.isEmpty()) {
                throw new InvalidInputException(names);
            }
            CalendarDay day = HolidayCsv.parse(csv.replace("\r", ""), null).get(0);
            admin.putDay(code, day);
            return "redirect:/sla/calendars?code=" + code + "&year=" + day.date().getYear() + "&saved=day";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page(code, year(date), model);
            model.addAttribute("dayErrors", errors(e, true));
            model.addAttribute("day", Map.of("date", date, "type", type, "nameZh", nameZh, "nameEn", nameEn));
            return "sla/calendars";
        }
    }

    @PostMapping("/{code}/import")
    String importYear(@PathVariable String code, @RequestParam(defaultValue = "0") int year,
                      @RequestParam(defaultValue = "") String csv, Model model, HttpServletResponse response) {
        calendars.view(code, null);
        try {
            admin.importYear(code, year, csv);
            return "redirect:/sla/calendars?code=" + code + "&year=" + year + "&saved=import";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page(code, year >= 2000 && year <= 2100 ? year : null, model);
            model.addAttribute("importErrors", errors(e, false));
            model.addAttribute("csv", csv);
            return "sla/calendars";
        }
    }

    private static Integer year(String date) {
        try {
            return LocalDate.parse(date.strip()).getYear();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Field → message; for a single day the line prefix of the csv is dropped so errors sit beside fields. */
    private Map<String, String> errors(InvalidInputException e, boolean singleDay) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation violation : e.violations()) {
            String field = singleDay ? violation.field().replaceFirst("^line\\[2]\\.", "")
                    .replace("name_zh", "nameZh").replace("name_en", "nameEn") : violation.field();
            errors.put(field, messages.getMessage(violation.message(), null, violation.message(),
                    LocaleContextHolder.getLocale()));
        }
        return errors;
    }
}
