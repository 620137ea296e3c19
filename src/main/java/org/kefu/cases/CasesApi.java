package org.kefu.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.kefu.customer.CustomerDirectory;
import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases for channels and staff, within the caller's scope: intake, reading, lifecycle steps, replies. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Case intake and work (cases.create, cases.read, cases.work, cases.supervise)")
class CasesApi {

    private final Cases cases;
    private final CaseStore store;
    private final CurrentActor actor;
    private final CustomerDirectory customers;

    CasesApi(Cases cases, CaseStore store, CurrentActor actor, CustomerDirectory customers) {
        this.customers = customers;
        this.cases = cases;
        this.store = store;
        this.actor = actor;
    }

    @PostMapping
    @Operation(summary = "Open a case; the same Idempotency-Key from the same client returns the same case")
    ResponseEntity<CaseView> open(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                  @RequestBody CaseRequests.Open body) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new InvalidInputException("Idempotency-Key", "invalid", "cases.field.idempotency-key");
        }
        Actor caller = actor.get();
        Cases.Opened opened = cases.open(() -> body.validate(store::categoryExists, (field, value) -> switch (field) {
            case "customerNumber" -> customers.byNumber(value, caller.scope());
            case "idNumber" -> customers.byIdNumber(value, caller.scope());
            default -> customers.byMobile(value, caller.scope());
        }), caller, key);
        CaseView view = CaseView.of(opened.stored());
        return ResponseEntity.status(opened.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create(view.statusUrl()))
                .header("Idempotent-Replayed", String.valueOf(!opened.created()))
                .body(view);
    }

    @GetMapping("/{number}")
    CaseView one(@PathVariable String number) {
        return CaseView.of(cases.find(number, actor.get()));
    }

    record TimelineEntry(Instant at, String actor, String type, String from, String to, String text,
                         boolean visibleToCustomer) {
    }

    @GetMapping("/{number}/timeline")
    List<TimelineEntry> timeline(@PathVariable String number) {
        return cases.timeline(number, actor.get()).stream().map(e -> new TimelineEntry(e.at(), e.actor(), e.type(),
                e.from(), e.to(), e.text(), e.visibleToCustomer())).toList();
    }

    @GetMapping
    @Operation(summary = "Cases in scope, filtered; created range as ISO-8601 instants [from, to); view: mine, team"
            + " (my unit), unassigned (my unit's queue), waiting, handover (offered to me or my unit's queue)")
    PageResult<CaseView> search(@RequestParam(required = false) String view,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String priority,
                                @RequestParam(required = false) String channel,
                                @RequestParam(required = false) String unit,
                                @RequestParam(required = false) String owner,
                                @RequestParam(required = false) String customer,
                                @RequestParam(required = false) Instant createdFrom,
                                @RequestParam(required = false) Instant createdTo,
                                @PageDefaults(sortable = {"createdAt", "number", "priority", "updatedAt", "dueAt"},
                                        sort = "createdAt,desc") PageQuery page) {
        CaseRequests.Violations v = new CaseRequests.Violations();
        CaseQueue queue = view == null ? null : v.oneOf("view", CaseQueue.class, view, "cases.field.view");
        CaseStore.Criteria criteria = new CaseStore.Criteria(
                status == null ? null : v.oneOf("status", CaseStatus.class, status, "cases.field.status"),
                kind == null ? null : v.oneOf("kind", CaseKind.class, kind, "cases.field.kind"),
                priority == null ? null : v.oneOf("priority", Priority.class, priority.toLowerCase(), "cases.field.priority"),
                channel == null ? null : v.oneOf("channel", CaseChannel.class, channel, "cases.field.channel"),
                unit, owner, customer, createdFrom, createdTo);
        v.throwIfAny();
        Actor caller = actor.get();
        return cases.search(queue == null ? criteria : queue.narrow(criteria, caller), caller, page)
                .map(CaseView::of);
    }

    @PostMapping("/{number}/transitions")
    @Operation(summary = "One lifecycle step (action); send the version you read — 409 with the allowed steps if impossible")
    CaseView transition(@PathVariable String number, @RequestBody CaseRequests.Transition body) {
        CaseAction action = body.validAction();
        return CaseView.of(cases.transition(number, body.version(), action, body.step(), actor.get()));
    }

    @PostMapping("/{number}/replies")
    @Operation(summary = "A reply to the customer (visibleToCustomer, counts as a response) or an internal note")
    CaseView reply(@PathVariable String number, @RequestBody CaseRequests.Reply body) {
        body.validate();
        return CaseView.of(cases.reply(number, body.version(), body.text().strip(), body.visibleToCustomer(),
                actor.get()));
    }

    @PostMapping("/{number}/priority")
    @Operation(summary = "Regrade the case; lowering the priority needs cases.supervise")
    CaseView priority(@PathVariable String number, @RequestBody CaseRequests.PriorityChange body) {
        Priority to = body.validPriority();
        return CaseView.of(cases.changePriority(number, body.version(), to, body.reason(), actor.get()));
    }
}
