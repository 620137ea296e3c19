package org.kefu.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;

import org.kefu.platform.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Survey figures within the caller's data scope (survey.read). */
@RestController
@Tag(name = "Surveys", description = "Satisfaction figures: CSAT, good-rating rate, indicators, CSI, response rate")
class SurveyMetricsApi {

    private final SurveyMetricsQuery metrics;
    private final CurrentActor actor;

    SurveyMetricsApi(SurveyMetricsQuery metrics, CurrentActor actor) {
        this.metrics = metrics;
        this.actor = actor;
    }

    @GetMapping("/api/v1/surveys/metrics")
    @Operation(summary = "Figures of a period (China days, both included; default the last 30 days), in total and"
            + " per group (unit|agent|kind|channel|month); percentages 0-100, null when nothing to divide by")
    SurveyReport metrics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) String unit, @RequestParam(required = false) String agent,
                         @RequestParam(required = false) String kind, @RequestParam(required = false) String channel,
                         @RequestParam(required = false) String groupBy) {
        return metrics.report(new SurveyMetricsQuery.Criteria(from, to, blank(unit), blank(agent), blank(kind),
                blank(channel), blank(groupBy)), actor.get());
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
