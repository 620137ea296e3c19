package org.kefu.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kefu.platform.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who works a case and what it takes to close it: hand-overs (R2.2), reassignment, taking from the queue,
 * review of complaints, links, merging duplicates and attempts to reach the customer. Each answers the case
 * as it is now; send the version you read (409 if it changed since).
 */
@RestController
@RequestMapping("/api/v1/cases/{number}")
@Tag(name = "Case work", description = "Ownership, review, links and contact attempts (cases.work, cases.supervise)")
class CaseWorkApi {

    private final Cases cases;
    private final CurrentActor actor;

    CaseWorkApi(Cases cases, CurrentActor actor) {
        this.cases = cases;
        this.actor = actor;
    }

    @PostMapping("/handover")
    @Operation(summary = "The owner proposes a hand-over to a person (toUser) or a unit's queue (toQueue), with a reason")
    CaseView propose(@PathVariable String number, @RequestBody WorkRequests.Handover body) {
        body.validate();
        return CaseView.of(cases.proposeHandover(number, body.version(), trim(body.toUser()), trim(body.toQueue()),
                body.reason().strip(), actor.get()));
    }

    @PostMapping("/handover/accept")
    @Operation(summary = "The receiver (or, for a queue, a worker of its unit) accepts and owns the case")
    CaseView accept(@PathVariable String number, @RequestBody WorkRequests.Answer body) {
        body.validate(false);
        return CaseView.of(cases.acceptHandover(number, body.version(), actor.get()));
    }

    @PostMapping("/handover/decline")
    @Operation(summary = "The receiver declines with a reason; the owner keeps the case. 200 with the case if the"
            + " receiver may still see it, 204 No Content if it was visible to them only as the offer")
    ResponseEntity<CaseView> decline(@PathVariable String number, @RequestBody WorkRequests.Answer body) {
        body.validate(true);
        return cases.declineHandover(number, body.version(), body.reason().strip(), actor.get())
                .map(stored -> ResponseEntity.ok(CaseView.of(stored)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/handover/withdraw")
    @Operation(summary = "The owner withdraws a pending hand-over")
    CaseView withdraw(@PathVariable String number, @RequestBody WorkRequests.Answer body) {
        body.validate(false);
        return CaseView.of(cases.withdrawHandover(number, body.version(), actor.get()));
    }

    @PostMapping("/assignment")
    @Operation(summary = "A supervisor reassigns the case to a user in their scope, with a reason (cases.supervise)")
    CaseView reassign(@PathVariable String number, @RequestBody WorkRequests.Assignment body) {
        body.validate();
        return CaseView.of(cases.reassign(number, body.version(), body.toUser().strip(), body.reason().strip(),
                actor.get()));
    }

    @PostMapping("/take")
    @Operation(summary = "An agent takes an unowned case from their own unit's queue")
    CaseView take(@PathVariable String number, @RequestBody WorkRequests.Answer body) {
        body.validate(false);
        return CaseView.of(cases.take(number, body.version(), actor.get()));
    }

    @PostMapping("/review")
    @Operation(summary = "A supervisor other than the owner approves a complaint's resolution or rejects it with a comment")
    CaseView review(@PathVariable String number, @RequestBody WorkRequests.Review body) {
        body.validate();
        return CaseView.of(cases.review(number, body.version(), body.approved(), body.comment(), actor.get()));
    }

    @PostMapping("/sign-off")
    @Operation(summary = "Management (cases.sign-off), not the owner, proposer or reviewer, signs off a reviewed"
            + " complaint awaiting sign-off (approved) or sends it back to work with a comment")
    CaseView signOff(@PathVariable String number, @RequestBody WorkRequests.Review body) {
        body.validate();
        return CaseView.of(cases.signOff(number, body.version(), body.approved(), body.comment(), actor.get()));
    }

    @PostMapping("/links")
    @Operation(summary = "Link a related case (both in scope); linking again changes nothing")
    CaseView link(@PathVariable String number, @RequestBody WorkRequests.Link body) {
        body.validate();
        return CaseView.of(cases.link(number, body.otherNumber().strip(), actor.get()));
    }

    @PostMapping("/merge")
    @Operation(summary = "Merge this duplicate into the primary case (into): it is cancelled as a duplicate")
    CaseView merge(@PathVariable String number, @RequestBody WorkRequests.Merge body) {
        body.validate();
        return CaseView.of(cases.mergeInto(number, body.version(), body.into().strip(), actor.get()));
    }

    @PostMapping("/contacts")
    @Operation(summary = "Record an attempt to reach the customer; follow-up needs a confirmation or enough attempts")
    CaseView contact(@PathVariable String number, @RequestBody WorkRequests.Contact body) {
        ContactAttempt attempt = body.validAttempt();
        return CaseView.of(cases.recordContact(number, body.version(), attempt, actor.get()));
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
