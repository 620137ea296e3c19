package org.kefu.survey;

import java.time.LocalDate;

import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The figures page: the same report as the API, with the targets red or green and the filters as a form. */
@Controller
class SurveyPages {

    private final SurveyMetricsQuery metrics;
    private final CurrentActor actor;

    SurveyPages(SurveyMetricsQuery metrics, CurrentActor actor) {
        this.metrics = metrics;
        this.actor = actor;
    }

    @GetMapping("/surveys")
    String metrics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) String unit, @RequestParam(required = false) String agent,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) String channel,
                   @RequestParam(required = false) String groupBy, Model model) {
        SurveyMetricsQuery.Criteria criteria = new SurveyMetricsQuery.Criteria(from, to,
                SurveyMetricsApi.blank(unit), SurveyMetricsApi.blank(agent), SurveyMetricsApi.blank(kind),
                SurveyMetricsApi.blank(channel), SurveyMetricsApi.blank(groupBy));
        model.addAttribute("criteria", criteria);
        model.addAttribute("groupings", SurveyMetricsQuery.GROUPS);
        try {
            model.addAttribute("report", metrics.report(criteria, actor.get()));
        } catch (InvalidInputException invalid) {
            model.addAttribute("invalid", invalid.violations().get(0));
            model.addAttribute("report", metrics.report(new SurveyMetricsQuery.Criteria(null, null, null, null,
                    null, null, null), actor.get()));
        }
        return "survey/metrics";
    }
}
