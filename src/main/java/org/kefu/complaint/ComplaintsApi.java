package org.kefu.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kefu.platform.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A complaint's record, coding, decision and compensation check. Each answers the record as it is now;
 * send the version you read (409 if it changed since). Coding and decision change only while the case is being
 * worked (409 otherwise). A complaint outside the caller's scope is a 404.
 */
@RestController
@RequestMapping("/api/v1/complaints/{number}")
@Tag(name = "Complaints", description = "Complaint record, coding, decision, compensation (complaint.*)")
class ComplaintsApi {

    private final Complaints complaints;
    private final Compensations compensations;
    private final CurrentActor actor;

    ComplaintsApi(Complaints complaints, Compensations compensations, CurrentActor actor) {
        this.complaints = complaints;
        this.compensations = compensations;
        this.actor = actor;
    }

    @GetMapping
    @Operation(summary = "The complaint record of a complaint case, with its decision once recorded")
    ComplaintRecord get(@PathVariable String number) {
        return complaints.find(number, actor.get()).record();
    }

    @PutMapping
    @Operation(summary = "Code the complaint: channel/business/cause codes, products, amount, demand, attention,"
            + " regulator reference, jurisdiction (moves the regulatory clock), subject staff (recusal), locale")
    ComplaintRecord code(@PathVariable String number, @RequestBody ComplaintCoding body) {
        return complaints.code(number, body, actor.get());
    }

    @PostMapping("/decision")
    @Operation(summary = "Record the decision (outcome, remedy, compensation); compensation above the threshold"
            + " waits for another person's approval")
    ComplaintRecord decide(@PathVariable String number, @RequestBody ComplaintDecision body) {
        return compensations.decide(number, body, actor.get());
    }

    @PostMapping("/compensation")
    @Operation(summary = "The checker (not the decider) approves or rejects pending compensation as of the record"
            + " version they saw (409 with currentVersion if the decision changed since; comment required to reject)")
    ComplaintRecord check(@PathVariable String number, @RequestBody ComplaintDecision.Check body) {
        return compensations.check(number, body, actor.get());
    }
}
