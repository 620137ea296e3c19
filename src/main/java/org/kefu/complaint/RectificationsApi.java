package org.kefu.complaint;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kefu.platform.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Root cause and rectification actions of a complaint (complaint.rectification; complaints in scope only). */
@RestController
@Tag(name = "Complaint root cause and rectification", description = "溯源整改: root cause, actions, done, verified")
class RectificationsApi {

    private final RootCauses rootCauses;
    private final Rectifications rectifications;
    private final CurrentActor actor;

    RectificationsApi(RootCauses rootCauses, Rectifications rectifications, CurrentActor actor) {
        this.rootCauses = rootCauses;
        this.rectifications = rectifications;
        this.actor = actor;
    }

    record RootCauseBody(String category, String analysis) {
    }

    record ActionBody(String action, String owner, String dueOn) {
    }

    record Analysis(RootCauses.RootCause rootCause, List<Rectifications.Rectification> rectifications) {
    }

    @PutMapping("/api/v1/complaints/{number}/root-cause")
    @Operation(summary = "Record the root cause: category (process, system, product_design, staff_conduct,"
            + " disclosure, third_party, other) and analysis")
    RootCauses.RootCause rootCause(@PathVariable String number, @RequestBody RootCauseBody body) {
        return rootCauses.record(number, body.category(), body.analysis(), actor.get());
    }

    @GetMapping("/api/v1/complaints/{number}/rectifications")
    @Operation(summary = "The complaint's root cause (null until recorded) and its rectification actions")
    Analysis analysis(@PathVariable String number) {
        return new Analysis(rootCauses.find(number, actor.get()).orElse(null), rectifications.of(number, actor.get()));
    }

    @PostMapping("/api/v1/complaints/{number}/rectifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a rectification action with its owner (username) and due date (ISO date, not past)")
    Rectifications.Rectification add(@PathVariable String number, @RequestBody ActionBody body) {
        return rectifications.add(number, body.action(), body.owner(), body.dueOn(), actor.get());
    }

    @PostMapping("/api/v1/complaints/{number}/rectifications/{id}/done")
    @Operation(summary = "Mark an open action done")
    Rectifications.Rectification done(@PathVariable String number, @PathVariable long id) {
        return rectifications.done(number, id, actor.get());
    }

    @PostMapping("/api/v1/complaints/{number}/rectifications/{id}/verify")
    @Operation(summary = "Verify a done action; never by its owner (403)")
    Rectifications.Rectification verify(@PathVariable String number, @PathVariable long id) {
        return rectifications.verify(number, id, actor.get());
    }
}
