package org.kefu.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kefu.platform.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The regulator statistics return as JSON (complaint.statistics); the page and the .xlsx show the same figures. */
@RestController
@Tag(name = "Complaint statistics", description = "Regulator statistics return of complaints accepted in a period")
class ComplaintStatisticsApi {

    private final ComplaintStatistics statistics;
    private final CurrentActor actor;

    ComplaintStatisticsApi(ComplaintStatistics statistics, CurrentActor actor) {
        this.statistics = statistics;
        this.actor = actor;
    }

    @GetMapping("/api/v1/complaints/statistics")
    @Operation(summary = "Complaints ACCEPTED from `from` to `to` (ISO dates, China time; default this month) in"
            + " the subtree of `unit` (a unit code in scope; default the caller's unit)")
    StatisticsReturn statistics(@RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) String unit) {
        return statistics.of(new ComplaintStatistics.Query(from, to, unit), actor.get());
    }
}
