package org.kefu.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.kefu.platform.ConflictException;
import org.kefu.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A case and its lifecycle. Every change is a guarded method that checks the step is possible now
 * ({@link CaseAction}), records the new state and registers a domain event; the store persists the state
 * and turns the events into the timeline, and the service publishes them.
 */
final class Case {

    private final Long id;
    private final String number;
    private final CaseIntake intake;
    private final long orgUnitId;
    private final String owner;
    private final Instant createdAt;
    private final int version;
    private Priority priority;
    private CaseStatus status;
    private CasePlan plan;
    private String resolution;
    private String archiveSummary;
    private String cancelReason;
    private Instant resolvedAt;
    private Instant firstResponseAt;
    private final List<Object> events = new ArrayList<>();

    Case(Long id, String number, CaseIntake intake, long orgUnitId, String owner, Instant createdAt, int version,
         Priority priority, CaseStatus status, CasePlan plan, String resolution, String archiveSummary,
         String cancelReason, Instant resolvedAt, Instant firstResponseAt) {
        this.id = id;
        this.number = number;
        this.intake = intake;
        this.orgUnitId = orgUnitId;
        this.owner = owner;
        this.createdAt = createdAt;
        this.version = version;
        this.priority = priority;
        this.status = status;
        this.plan = plan;
        this.resolution = resolution;
        this.archiveSummary = archiveSummary;
        this.cancelReason = cancelReason;
        this.resolvedAt = resolvedAt;
        this.firstResponseAt = firstResponseAt;
    }

    /** Accepts a new case, graded by the {@link PriorityPolicy}; {@code owner} is null for channel intake. */
    static Case open(String number, CaseIntake intake, long orgUnitId, String unitCode, String owner, Instant now) {
        Priority priority = PriorityPolicy.grade(intake.kind(), intake.flags());
        Case opened = new Case(null, number, intake, orgUnitId, owner, now, 0, priority, CaseStatus.ACCEPTED,
                null, null, null, null, null, null);
        opened.events.add(new CaseOpened(number, intake.kind(), intake.channel(), priority, unitCode, owner));
        return opened;
    }

    void plan(CasePlan newPlan) {
        if (newPlan == null || blank(newPlan.content())) {
            throw new InvalidInputException("plan.content", "required", "field.required");
        }
        step(CaseAction.PLAN, null);
        plan = newPlan;
    }

    void start() {
        step(CaseAction.START, null);
    }

    void waitForCustomer() {
        step(CaseAction.WAIT_FOR_CUSTOMER, null);
    }

    void waitForThirdParty() {
        step(CaseAction.WAIT_FOR_THIRD_PARTY, null);
    }

    void resume() {
        step(CaseAction.RESUME, null);
    }

    void resolve(String text, Instant now) {
        require("resolution", text);
        step(CaseAction.RESOLVE, null);
        resolution = text.strip();
        resolvedAt = now;
        events.add(new CaseResolved(number));
    }

    void followUp() {
        step(CaseAction.FOLLOW_UP, null);
    }

    void archive(String summary) {
        require("summary", summary);
        step(CaseAction.ARCHIVE, null);
        archiveSummary = summary.strip();
        events.add(new CaseArchived(number));
    }

    /** Within {@code window} of the resolution only: after that a new case is opened instead. */
    void reopen(String reason, Instant now, Duration window) {
        require("reason", reason);
        check(CaseAction.REOPEN);
        if (resolvedAt == null || now.isAfter(resolvedAt.plus(window))) {
            throw new ConflictException("case.reopen-window-closed", window.toDays());
        }
        step(CaseAction.REOPEN, reason.strip());
    }

    void cancel(String reason) {
        require("reason", reason);
        step(CaseAction.CANCEL, reason.strip());
        cancelReason = reason.strip();
    }

    /** Anyone working the case may make it more urgent; making it less urgent takes a supervisor. */
    void changePriority(Priority to, String reason, boolean maySupervise) {
        if (to.ordinal() > priority.ordinal() && !maySupervise) {
            throw new AccessDeniedException("Lowering a priority needs " + CasesPermissions.SUPERVISE);
        }
        if (to != priority) {
            events.add(new CasePriorityChanged(number, priority, to, reason));
            priority = to;
        }
    }

    /** A customer-visible reply is the first response if none was given yet (the response clock stops). */
    void reply(String text, boolean visibleToCustomer, Instant now) {
        require("text", text);
        if (status == CaseStatus.ARCHIVED || status == CaseStatus.CANCELLED) {
            throw new ConflictException("case.closed", JsonNames.of(status));
        }
        if (visibleToCustomer && firstResponseAt == null) {
            firstResponseAt = now;
        }
        events.add(new CaseReplied(number, text.strip(), visibleToCustomer));
    }

    private void step(CaseAction action, String reason) {
        check(action);
        CaseStatus from = status;
        status = action.target();
        events.add(new CaseStatusChanged(number, JsonNames.of(action), from, status, reason));
    }

    /** An impossible step is a conflict that names what is possible instead. */
    private void check(CaseAction action) {
        if (!action.possibleFrom(status)) {
            throw new ConflictException("case.illegal-transition", JsonNames.of(action), JsonNames.of(status))
                    .with("allowed", CaseAction.allowedFrom(status));
        }
    }

    private static void require(String field, String value) {
        if (blank(value)) {
            throw new InvalidInputException(field, "required", "field.required");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    Long id() { return id; }
    String number() { return number; }
    CaseIntake intake() { return intake; }
    long orgUnitId() { return orgUnitId; }
    String owner() { return owner; }
    Instant createdAt() { return createdAt; }
    int version() { return version; }
    Priority priority() { return priority; }
    CaseStatus status() { return status; }
    CasePlan plan() { return plan; }
    String resolution() { return resolution; }
    String archiveSummary() { return archiveSummary; }
    String cancelReason() { return cancelReason; }
    Instant resolvedAt() { return resolvedAt; }
    Instant firstResponseAt() { return firstResponseAt; }
}
