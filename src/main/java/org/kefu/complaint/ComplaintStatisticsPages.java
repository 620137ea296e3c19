package org.kefu.complaint;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.kefu.identity.OrgUnits;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The statistics return as a page, as an .xlsx download and the causes' Pareto chart as SVG. */
@Controller
class ComplaintStatisticsPages {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ComplaintStatistics statistics;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final OrgUnits orgUnits;

    ComplaintStatisticsPages(ComplaintStatistics statistics, CurrentActor actor, MessageSource messages,
                             OrgUnits orgUnits) {
        this.statistics = statistics;
        this.actor = actor;
        this.messages = messages;
        this.orgUnits = orgUnits;
    }

    @GetMapping("/complaints/statistics")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String unit, Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("query", new ComplaintStatistics.Query(from, to, unit));
        model.addAttribute("units", orgUnits.tree().visible(actor.get().scope()));
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        try {
            StatisticsReturn r = statistics.of(new ComplaintStatistics.Query(from, to, unit), actor.get());
            model.addAttribute("stats", r);
            model.addAttribute("pareto", pareto(r, locale));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", e.violations());
        }
        return "complaint/statistics";
    }

    @GetMapping("/complaints/statistics.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String unit, Locale locale) {
        StatisticsReturn r = statistics.of(new ComplaintStatistics.Query(from, to, unit), actor.get());
        String name = "complaint-statistics-" + r.unitCode() + "-" + r.from() + "-" + r.to() + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(new StatisticsWorkbook(messages, locale).write(r));
    }

    @GetMapping(value = "/complaints/statistics/pareto.svg", produces = "image/svg+xml")
    ResponseEntity<String> paretoSvg(@RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String unit, Locale locale) {
        StatisticsReturn r = statistics.of(new ComplaintStatistics.Query(from, to, unit), actor.get());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
                .body(pareto(r, locale));
    }

    private String pareto(StatisticsReturn r, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<ParetoChart.Bar> bars = r.block("cause").rows().stream()
                .map(row -> new ParetoChart.Bar(english ? row.nameEn() : row.nameZh(), row.count())).toList();
        return ParetoChart.svg(messages.getMessage("complaint-analysis.pareto.causes", null, locale), bars);
    }
}
