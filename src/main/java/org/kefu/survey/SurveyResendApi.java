package org.kefu.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kefu.platform.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff send a case's survey invitation again (cases.work, case in scope); the previous link stops working. */
@RestController
@Tag(name = "Surveys")
class SurveyResendApi {

    private final SurveyInvitations invitations;
    private final CurrentActor actor;

    SurveyResendApi(SurveyInvitations invitations, CurrentActor actor) {
        this.invitations = invitations;
        this.actor = actor;
    }

    @PostMapping("/api/v1/cases/{number}/survey/resend")
    @Operation(summary = "Send the survey invitation again with a new link (at most kefu.survey.max-resends"
            + " times; 409 once answered or when the resends are used up)")
    ResponseEntity<Void> resend(@PathVariable String number) {
        invitations.resend(number, actor.get());
        return ResponseEntity.accepted().build();
    }
}
