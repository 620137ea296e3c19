package org.kefu.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

import org.kefu.platform.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administering SLA policies (sla.policies.manage): list, versions, create, edit, reorder, re-apply. */
@RestController
@Tag(name = "SLA policies", description = "Versioned SLA policies and their match order (sla.policies.manage)")
class SlaPolicyApi {

    private final SlaPolicies policies;
    private final CurrentActor actor;

    SlaPolicyApi(SlaPolicies policies, CurrentActor actor) {
        this.policies = policies;
        this.actor = actor;
    }

    @GetMapping("/api/v1/sla/policies")
    @Operation(summary = "The current version of every policy, in match order (the first match applies)")
    List<PolicyView> list() {
        return policies.list().stream().map(PolicyView::of).toList();
    }

    @GetMapping("/api/v1/sla/policies/{id}")
    @Operation(summary = "A policy with all its versions, newest first")
    PolicyView.WithVersions one(@PathVariable long id) {
        List<PolicyView> versions = policies.versions(id).stream().map(PolicyView::of).toList();
        return new PolicyView.WithVersions(versions.get(0), versions);
    }

    @PostMapping("/api/v1/sla/policies")
    @Operation(summary = "Create a policy; it is placed before the catch-all")
    ResponseEntity<PolicyView> create(@RequestBody PolicyRequest body) {
        PolicyView created = PolicyView.of(policies.create(body, actor.get()));
        return ResponseEntity.created(URI.create("/api/v1/sla/policies/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/sla/policies/{id}")
    @Operation(summary = "Edit a policy: adds a version (author, time, reason); running cases keep theirs")
    PolicyView edit(@PathVariable long id, @RequestBody PolicyRequest body) {
        return PolicyView.of(policies.edit(id, body, actor.get()));
    }

    record Order(List<Long> order, String reason) {
    }

    @PutMapping("/api/v1/sla/policy-order")
    @Operation(summary = "Set the match order: every policy id once")
    List<PolicyView> reorder(@RequestBody Order body) {
        return policies.reorder(body.order(), body.reason(), actor.get()).stream().map(PolicyView::of).toList();
    }

    record Reapply(String reason) {
    }

    @PostMapping("/api/v1/cases/{number}/sla-policy")
    @Operation(summary = "Re-apply: the case runs on the current version of the policy that matches it now")
    PolicyView.Applied reapply(@PathVariable String number, @RequestBody Reapply body) {
        return PolicyView.Applied.of(policies.reapply(number, body.reason(), actor.get()));
    }
}
