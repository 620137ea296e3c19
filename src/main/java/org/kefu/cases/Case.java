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
    private long orgUnitId;
    private String owner;
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
    private CaseWork work = CaseWork.NONE;
    private CaseClocks.Deadlines deadlines = CaseClocks.Deadlines.NONE;
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

    /** The case as just inserted under {@code newId}: what reading it back would give. */
    Case inserted(long newId) {
        Case stored = new Case(newId, number, intake, orgUnitId, owner, createdAt, version, priority, status, plan,
                resolution, archiveSummary, cancelReason, resolvedAt, firstResponseAt);
        stored.work = work;
        return stored;
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

    /**
     * A complaint's resolution is only proposed: it waits for a supervisor's review (复核, R2.3) before the
     * customer is told; other cases are resolved at once.
     */
    void resolve(String text, String by, Instant now) {
        require("resolution", text);
        check(CaseAction.RESOLVE);
        resolution = text.strip();
        if (intake.kind() == CaseKind.COMPLAINT) {
            move(CaseAction.RESOLVE, CaseStatus.AWAITING_REVIEW, null);
            work = work.withReview(new CaseWork.Review(CaseWork.ReviewState.PENDING, by, null, null));
        } else {
            step(CaseAction.RESOLVE, null);
            resolved(now);
        }
    }

    void review(boolean approved, String comment, String reviewer, boolean maySupervise, Instant now) {
        review(approved, comment, reviewer, maySupervise, false, now);
    }

    /**
     * Four eyes: neither the owner nor whoever proposed the resolution may review it. An approved resolution
     * that needs management's sign-off ({@code signOffNeeded}) waits for it instead of resolving the case.
     */
    void review(boolean approved, String comment, String reviewer, boolean maySupervise, boolean signOffNeeded,
                Instant now) {
        CaseAction action = approved ? CaseAction.APPROVE : CaseAction.REJECT;
        if (!approved) {
            require("comment", comment);
        }
        if (!maySupervise) {
            throw new AccessDeniedException("Reviewing needs " + CasesPermissions.SUPERVISE);
        }
        check(action);
        CaseWork.Review pending = work.review();
        if (reviewer.equals(owner) || (pending != null && reviewer.equals(pending.requestedBy()))) {
            throw new AccessDeniedException("A resolution is reviewed by someone other than who proposed it");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (approved && signOffNeeded) {
            move(action, CaseStatus.AWAITING_SIGN_OFF, text);
        } else {
            step(action, text);
        }
        work = work.withReview(new CaseWork.Review(approved ? CaseWork.ReviewState.APPROVED
                : CaseWork.ReviewState.REJECTED, pending == null ? null : pending.requestedBy(), reviewer, text));
        if (approved && !signOffNeeded) {
            resolved(now);
        }
    }

    /**
     * Management's sign-off (三级处理): nobody who already handled the resolution (owner, proposer, reviewer)
     * signs it off; sending it back needs a comment and returns the case to work.
     */
    void signOff(boolean approved, String comment, String signer, boolean maySignOff, Instant now) {
        CaseAction action = approved ? CaseAction.SIGN_OFF : CaseAction.REJECT_SIGN_OFF;
        if (!approved) {
            require("comment", comment);
        }
        if (!maySignOff) {
            throw new AccessDeniedException("Signing off needs " + CasesPermissions.SIGN_OFF);
        }
        check(action);
        CaseWork.Review review = work.review();
        if (signer.equals(owner) || (review != null && (signer.equals(review.requestedBy())
                || signer.equals(review.reviewedBy())))) {
            throw new org.kefu.platform.RefusedException("cases.sign-off.same-person");
        }
        step(action, comment == null || comment.isBlank() ? null : comment.strip());
        if (approved) {
            resolved(now);
        }
    }

    private void resolved(Instant now) {
        resolvedAt = now;
        events.add(new CaseResolved(number));
    }

    /**
     * Follow-up (回访) needs the customer's confirmation since the resolution, or enough documented failed
     * attempts to reach them: a case is not closed behind the customer's back.
     */
    void followUp(int attemptsNeeded) {
        check(CaseAction.FOLLOW_UP);
        List<ContactAttempt.Made> since = work.contacts().stream()
                .filter(m -> resolvedAt == null || !m.at().isBefore(resolvedAt)).toList();
        long failed = since.stream().filter(m -> !m.attempt().confirms()).count();
        if (since.stream().noneMatch(m -> m.attempt().confirms()) && failed < attemptsNeeded) {
            throw new ConflictException("case.follow-up-needs-contact", attemptsNeeded, failed)
                    .with("attemptsNeeded", attemptsNeeded).with("attemptsMade", failed);
        }
        step(CaseAction.FOLLOW_UP, null);
    }

    void recordContact(ContactAttempt attempt, String by, Instant now) {
        ensureOpen();
        work = work.withContact(new ContactAttempt.Made(attempt, now, by));
        events.add(new CaseContactRecorded(number, JsonNames.of(attempt.channel()), JsonNames.of(attempt.outcome()),
                attempt.rating(), attempt.note()));
    }

    /** The duplicate is cancelled; the primary keeps the customer's concern and lists it. */
    void mergeInto(String primaryNumber, long primaryId) {
        String reason = "duplicate of " + primaryNumber;
        step(CaseAction.MERGE, reason);
        cancelReason = reason;
        work = work.withHandover(null).mergedInto(primaryId);
        events.add(new CaseMerged(number, primaryNumber));
    }

    void archive(String summary) {
        require("summary", summary);
        step(CaseAction.ARCHIVE, null);
        archiveSummary = summary.strip();
        endPendingHandover();
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
        endPendingHandover();
    }

    /** A closed case is nobody's to receive: its pending hand-over ends as withdrawn by who proposed it. */
    private void endPendingHandover() {
        CaseWork.Handover pending = work.handover();
        if (pending != null) {
            work = work.withHandover(null);
            events.add(new CaseHandoverEnded(number, "withdrawn", pending.by(), null));
        }
    }

    /**
     * Anyone working the case may make it more urgent; making it less urgent takes a supervisor, and is
     * refused while a resolution awaits review or sign-off: the priority decides whether management must sign
     * off (three-level handling), so lowering it then would bypass a level.
     */
    void changePriority(Priority to, String reason, boolean maySupervise) {
        ensureOpen();
        if (to.ordinal() > priority.ordinal()
                && (status == CaseStatus.AWAITING_REVIEW || status == CaseStatus.AWAITING_SIGN_OFF)) {
            throw new ConflictException("cases.priority.under-review", JsonNames.of(status))
                    .with("field", "priority").with("status", JsonNames.of(status));
        }
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
        ensureOpen();
        if (visibleToCustomer && firstResponseAt == null) {
            firstResponseAt = now;
        }
        events.add(new CaseReplied(number, text.strip(), visibleToCustomer));
    }

    private void step(CaseAction action, String reason) {
        check(action);
        move(action, action.target(), reason);
    }

    private void move(CaseAction action, CaseStatus to, String reason) {
        CaseStatus from = status;
        status = to;
        events.add(new CaseStatusChanged(number, JsonNames.of(action), from, status, reason));
    }

    void ensureOpen() {
        if (status == CaseStatus.ARCHIVED || status == CaseStatus.CANCELLED) {
            throw new ConflictException("case.closed", JsonNames.of(status));
        }
    }

    /** Ownership changes, guarded by {@link CaseOwnership}. */
    void owner(String newOwner, long newUnitId) {
        owner = newOwner;
        orgUnitId = newUnitId;
    }

    void work(CaseWork newWork) {
        work = newWork;
    }

    /** The deadlines the service-level side stored (read only here; written through {@link CaseClocks}). */
    void deadlines(CaseClocks.Deadlines stored) {
        deadlines = stored;
    }

    void register(Object event) {
        events.add(event);
    }

    /** An impossible step is a conflict that names what is possible instead. */
    private void check(CaseAction action) {
        if (!action.possibleFrom(status)) {
            throw new ConflictException("case.illegal-transition", JsonNames.of(action), JsonNames.of(status))
                    .with("allowed", CaseAction.allowedFrom(status));
        }
    }

    static void require(String field, String value) {
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
    CaseWork work() { return work; }
    CaseClocks.Deadlines deadlines() { return deadlines; }
}
