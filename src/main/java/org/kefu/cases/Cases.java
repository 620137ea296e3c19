package org.kefu.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.kefu.customer.CustomerDirectory;
import org.kefu.identity.OrgUnit;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.DataScope;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as the actor may open, see and work them. Each change loads the aggregate within the actor's
 * scope, applies one guarded step, writes it only if nobody changed the case meanwhile, and publishes the
 * step's events in the same transaction (audit entries and notifications commit with the change).
 */
@Service
class Cases {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final CaseStore store;
    private final IdempotencyKeys keys;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CasesProperties properties;
    private final CustomerMessages messages;
    private final CaseRouter router;
    private final CaseReceivers receivers;
    private final CaseLinks links;
    private final CaseClocks clocks;
    private final CaseGuards guards;

    Cases(CaseGuards guards, CaseStore store, ApplicationEventPublisher events, Clock clock, CasesProperties properties,
          CustomerMessages messages, CaseRouter router, CaseReceivers receivers, CaseLinks links,
          CaseClocks clocks, IdempotencyKeys keys) {
        this.keys = keys;
        this.guards = guards;
        this.clocks = clocks;
        this.router = router;
        this.receivers = receivers;
        this.links = links;
        this.store = store;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /** The case and whether this call created it (false: an earlier request with the same key did). */
    record Opened(CaseStore.Stored stored, boolean created) {
    }

    /**
     * Validates a request and opens its case in one transaction, so that finding the customer it names
     * costs no commit of its own (intake is the hottest write path).
     */
    @Transactional
    Opened open(Supplier<CaseRequests.ValidOpen> request, Actor actor, String idempotencyKey) {
        CaseRequests.ValidOpen valid = request.get();
        return open(valid.intake(), valid.customer(), actor, idempotencyKey);
    }

    /**
     * Opens a case in the actor's unit. With an idempotency key, the key is claimed first: a concurrent
     * request with the same key blocks on it and then finds the case the first one created. The answer is
     * built from the case as written rather than read back (a new case has no links, contacts or merges).
     */
    @Transactional
    Opened open(CaseIntake intake, CustomerDirectory.KnownCustomer customer, Actor actor, String idempotencyKey) {
        Long claimedId = null;
        if (idempotencyKey != null) {
            Optional<Long> claim = keys.claim(actor.id(), idempotencyKey);
            if (claim.isEmpty()) {
                String number = keys.claimedCase(actor.id(), idempotencyKey)
                        .orElseThrow(() -> new ConflictException("case.idempotency-key-in-use"));
                return new Opened(find(number, actor), false);
            }
            claimedId = claim.get();
        }
        // Microseconds, as PostgreSQL keeps them: the answer shows the times a later read gives.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate day = LocalDate.ofInstant(now, CHINA);
        String number = "KF-" + DAY.format(day) + "-" + "%06d".formatted(store.nextOfDay(day));
        String owner = actor.type() == Actor.Type.USER ? actor.id() : null;
        Case opened = Case.open(number, intake, actor.orgUnitId(), actor.orgUnitCode(), owner, now);
        if (owner == null) {
            router.route(actor.orgUnitId(), intake.categoryCode(), null)
                    .ifPresent(u -> CaseOwnership.route(opened, u, actor.orgUnitCode(), now));
        }
        long id = store.insert(opened, actor.id(), claimedId);
        store.record(id, opened.events(), actor.id(), now);
        opened.events().forEach(events::publishEvent);
        messages.accepted(opened, customer, day.plusDays(1));
        // The deadlines were written by the listeners of CaseOpened just now: the answer shows them as a read would.
        Case inserted = opened.inserted(id);
        inserted.deadlines(clocks.deadlines(id));
        return new Opened(new CaseStore.Stored(inserted, actor.orgUnitCode(), now, null, List.of(),
                List.of()), true);
    }

    /** A case in the actor's scope, or one being handed over to them or their unit's queue. */
    @Transactional(readOnly = true)
    CaseStore.Stored find(String number, Actor actor) {
        return visible(number, actor).orElseThrow(() -> new NotFoundException("case", number));
    }

    private Optional<CaseStore.Stored> visible(String number, Actor actor) {
        return store.find(number, actor.scope()).or(() -> mayAnswerHandovers(actor)
                ? store.findOffered(number, actor.id(), actor.orgUnitId(), actor.scope()) : Optional.empty());
    }

    /**
     * Only a user who works cases may see an offer from outside their scope, as only they may answer it
     * ({@link CaseWork.Handover#isFor}): a read-only colleague of the receiving unit sees nothing more.
     */
    private static boolean mayAnswerHandovers(Actor actor) {
        return actor.type() == Actor.Type.USER && actor.can(CasesPermissions.WORK);
    }

    @Transactional(readOnly = true)
    PageResult<CaseStore.Stored> search(CaseStore.Criteria criteria, Actor actor, PageQuery page) {
        // Hand-overs offered to the actor are theirs to see even from outside their scope.
        return store.search(criteria, criteria.offeredTo() != null && mayAnswerHandovers(actor) ? DataScope.all()
                : actor.scope(), page);
    }

    /** One of the console's queue views for the actor, otherwise unfiltered (newest first by default). */
    @Transactional(readOnly = true)
    PageResult<CaseStore.Stored> queue(CaseQueue view, Actor actor, PageQuery page) {
        return search(view.narrow(CaseStore.Criteria.any(), actor), actor, page);
    }

    @Transactional(readOnly = true)
    List<CaseStore.Entry> timeline(String number, Actor actor) {
        return store.timeline(find(number, actor).theCase().id());
    }

    /** One lifecycle step; {@code version} is what the caller read (409 if the case changed since). */
    @Transactional
    CaseStore.Stored transition(String number, int version, CaseAction action, CaseStep step, Actor actor) {
        return change(number, version, actor, c -> {
            Instant now = clock.instant();
            switch (action) {
                case PLAN -> c.plan(step.plan());
                case START -> c.start();
                case WAIT_FOR_CUSTOMER -> c.waitForCustomer();
                case WAIT_FOR_THIRD_PARTY -> c.waitForThirdParty();
                case RESUME -> c.resume();
                case RESOLVE -> {
                    Case.require("resolution", step.resolution());
                    guards.beforeResolve(c.id());
                    c.resolve(step.resolution(), actor.id(), now);
                }
                case FOLLOW_UP -> c.followUp(properties.followUpAttempts());
                case ARCHIVE -> {
                    c.archive(step.summary()); // the step's own checks first; a refusing gate writes nothing
                    guards.beforeArchive(c.id());
                }
                case REOPEN -> c.reopen(step.reason(), now, properties.reopenWindow());
                case CANCEL -> c.cancel(step.reason());
                case APPROVE, REJECT, MERGE, SIGN_OFF, REJECT_SIGN_OFF ->
                        throw new InvalidInputException("action", "invalid", "cases.field.action-elsewhere");
            }
        });
    }

    @Transactional
    CaseStore.Stored reply(String number, int version, String text, boolean visibleToCustomer, Actor actor) {
        return change(number, version, actor, c -> c.reply(text, visibleToCustomer, clock.instant()));
    }

    @Transactional
    CaseStore.Stored changePriority(String number, int version, Priority to, String reason, Actor actor) {
        return change(number, version, actor,
                c -> c.changePriority(to, reason, actor.can(CasesPermissions.SUPERVISE)));
    }

    /**
     * The owner proposes to hand the case to {@code toUser} or to the queue of unit {@code toQueueUnit}
     * (exactly one); for a queue, routing suggests a receiver among its workers.
     */
    @Transactional
    CaseStore.Stored proposeHandover(String number, int version, String toUser, String toQueueUnit, String reason,
                                     Actor actor) {
        CaseOwnership.Worker person = toUser == null ? null : receivers.person("toUser", toUser, actor);
        OrgUnit queue = toQueueUnit == null ? null : receivers.queue("toQueue", toQueueUnit, actor);
        return change(number, version, actor, c -> {
            if (person != null) {
                guards.ensureAllowed(c.id(), person.username(), CaseWorkerVeto.Duty.WORK);
            }
            String to = person != null ? person.username()
                    : router.route(queue.id(), c.intake().categoryCode(), c.owner(), c.id()).orElse(null);
            CaseOwnership.propose(c, CaseOwnership.Worker.of(actor), to, queue == null ? null : queue.id(),
                    queue == null ? null : queue.code(), reason, clock.instant());
        });
    }

    @Transactional
    CaseStore.Stored acceptHandover(String number, int version, Actor actor) {
        return change(number, version, actor, true, c -> {
            guards.ensureAllowed(c.id(), actor.id(), CaseWorkerVeto.Duty.WORK);
            CaseOwnership.accept(c, CaseOwnership.Worker.of(actor), clock.instant());
        });
    }

    /** The case as the decliner may still see it: empty if it was only theirs to see as an offer. */
    @Transactional
    Optional<CaseStore.Stored> declineHandover(String number, int version, String reason, Actor actor) {
        return apply(number, version, actor, true,
                c -> CaseOwnership.decline(c, CaseOwnership.Worker.of(actor), reason));
    }

    @Transactional
    CaseStore.Stored withdrawHandover(String number, int version, Actor actor) {
        return change(number, version, actor, c -> CaseOwnership.withdraw(c, CaseOwnership.Worker.of(actor)));
    }

    /** A supervisor gives the case to {@code toUser} (in their scope); the case moves to that user's unit. */
    @Transactional
    CaseStore.Stored reassign(String number, int version, String toUser, String reason, Actor actor) {
        CaseOwnership.Worker to = receivers.person("toUser", toUser, actor);
        return change(number, version, actor, c -> {
            guards.ensureAllowed(c.id(), to.username(), CaseWorkerVeto.Duty.WORK);
            CaseOwnership.reassign(c, to, reason, actor.can(CasesPermissions.SUPERVISE), clock.instant());
        });
    }

    /** An agent takes an unowned case from their own unit's queue. */
    @Transactional
    CaseStore.Stored take(String number, int version, Actor actor) {
        return change(number, version, actor, c -> {
            guards.ensureAllowed(c.id(), actor.id(), CaseWorkerVeto.Duty.WORK);
            CaseOwnership.take(c, CaseOwnership.Worker.of(actor), clock.instant());
        });
    }

    /** A supervisor's review (复核) of a complaint's proposed resolution; rejecting needs a comment. */
    @Transactional
    CaseStore.Stored review(String number, int version, boolean approved, String comment, Actor actor) {
        return change(number, version, actor, c -> {
            guards.ensureAllowed(c.id(), actor.id(), CaseWorkerVeto.Duty.REVIEW);
            boolean signOff = false;
            if (approved && c.status() == CaseStatus.AWAITING_REVIEW) {
                guards.beforeResolve(c.id());
                signOff = guards.needsSignOff(c.id());
            }
            c.review(approved, comment, actor.id(), actor.can(CasesPermissions.SUPERVISE), signOff, clock.instant());
        });
    }

    /** Management's sign-off of a reviewed complaint (cases.sign-off); sending it back needs a comment. */
    @Transactional
    CaseStore.Stored signOff(String number, int version, boolean approved, String comment, Actor actor) {
        return change(number, version, actor, c -> {
            guards.ensureAllowed(c.id(), actor.id(), CaseWorkerVeto.Duty.SIGN_OFF);
            if (approved && c.status() == CaseStatus.AWAITING_SIGN_OFF) {
                guards.beforeResolve(c.id());
            }
            c.signOff(approved, comment, actor.id(), actor.can(CasesPermissions.SIGN_OFF), clock.instant());
        });
    }

    /** Links two related cases, both in scope; linking again changes nothing. */
    @Transactional
    CaseStore.Stored link(String number, String otherNumber, Actor actor) {
        Case one = store.find(number, actor.scope()).orElseThrow(() -> new NotFoundException("case", number))
                .theCase();
        Case other = other("otherNumber", number, otherNumber, actor);
        // A closed case (cancelled, merged or archived) takes no new relations, from either side.
        one.ensureOpen();
        other.ensureOpen();
        Instant now = clock.instant();
        if (links.link(one.id(), other.id(), actor.id(), now)) {
            linked(one, other.number(), actor, now);
            linked(other, one.number(), actor, now);
        }
        return find(number, actor);
    }

    private void linked(Case c, String otherNumber, Actor actor, Instant now) {
        CaseLinked event = new CaseLinked(c.number(), otherNumber);
        store.record(c.id(), List.of(event), actor.id(), now);
        events.publishEvent(event);
    }

    /**
     * The duplicate is cancelled as "duplicate of" the primary, whose timeline notes it. Both rows are locked
     * first and the primary re-read under the lock: merging A into B while B is merged into A (or the primary
     * is closed) then waits and finds the primary closed (409) instead of cancelling both.
     */
    @Transactional
    CaseStore.Stored mergeInto(String duplicateNumber, int version, String intoNumber, Actor actor) {
        long primaryId = other("into", duplicateNumber, intoNumber, actor).id();
        long duplicateId = store.find(duplicateNumber, actor.scope())
                .orElseThrow(() -> new NotFoundException("case", duplicateNumber)).theCase().id();
        store.lockPair(duplicateId, primaryId);
        Case primary = other("into", duplicateNumber, intoNumber, actor);
        primary.ensureOpen();
        CaseStore.Stored merged = change(duplicateNumber, version, actor,
                c -> c.mergeInto(primary.number(), primary.id()));
        store.note(primary.id(), "merged", duplicateNumber, actor.id(), clock.instant());
        return merged;
    }

    @Transactional
    CaseStore.Stored recordContact(String number, int version, ContactAttempt attempt, Actor actor) {
        return change(number, version, actor, c -> c.recordContact(attempt, actor.id(), clock.instant()));
    }

    /** Another case named in a request: in scope and not the same one, else 400 naming {@code field}. */
    private Case other(String field, String number, String otherNumber, Actor actor) {
        if (number.equals(otherNumber)) {
            throw new InvalidInputException(field, "invalid", "cases.field.same-case");
        }
        return store.find(otherNumber, actor.scope()).map(CaseStore.Stored::theCase)
                .orElseThrow(() -> new InvalidInputException(field, "not-found", "cases.field.case-not-found"));
    }

    /** The inputs a step may need; each step checks its own. */
    record CaseStep(CasePlan plan, String resolution, String summary, String reason) {
    }

    /** One step on the case as the actor sees it; for the module's other services (see {@link CaseReleases}). */
    CaseStore.Stored change(String number, int version, Actor actor, java.util.function.Consumer<Case> step) {
        return change(number, version, actor, false, step);
    }

    /**
     * Applies one step; {@code offered}: the case may also be one offered to the actor from outside their
     * scope (only answering a hand-over may do that: the receiver must not work a case before accepting it).
     */
    private CaseStore.Stored change(String number, int version, Actor actor, boolean offered,
                                    java.util.function.Consumer<Case> step) {
        // Only declining can take a case out of the actor's sight; every other step leaves it visible.
        return apply(number, version, actor, offered, step).orElseThrow();
    }

    /**
     * "Someone else changed it" says what changed: the case's status and version now, and the latest entry
     * of its timeline (what, by whom, when), so the second agent can decide without reloading blind.
     */
    private ConflictException changedSince(Case c, int readVersion) {
        List<CaseStore.Entry> timeline = store.timeline(c.id());
        ConflictException conflict = new ConflictException("case.changed", c.number())
                .with("yourVersion", readVersion).with("currentVersion", c.version())
                .with("currentStatus", JsonNames.of(c.status()));
        if (!timeline.isEmpty()) {
            CaseStore.Entry latest = timeline.get(timeline.size() - 1);
            conflict.with("latestChange", java.util.Map.of("type", latest.type(), "actor", latest.actor(),
                    "at", latest.at().toString()));
        }
        return conflict;
    }

    /** Applies the step; answers the case as the actor may see it now. */
    private Optional<CaseStore.Stored> apply(String number, int version, Actor actor, boolean offered,
                                             java.util.function.Consumer<Case> step) {
        Case c = (offered ? find(number, actor) : store.find(number, actor.scope())
                .orElseThrow(() -> new NotFoundException("case", number))).theCase();
        if (c.version() != version) {
            throw changedSince(c, version);
        }
        step.accept(c);
        Instant now = clock.instant();
        if (!store.update(c, now)) {
            throw new ConflictException("case.changed", number);
        }
        store.record(c.id(), c.events(), actor.id(), now);
        c.events().forEach(events::publishEvent);
        if (c.events().stream().anyMatch(CaseResolved.class::isInstance)) {
            messages.resolved(c);
        }
        c.events().stream().filter(e -> e instanceof CaseReplied r && r.visibleToCustomer())
                .forEach(e -> messages.progress(c, ((CaseReplied) e).text()));
        return visible(number, actor);
    }

    /** The customer's cases the caller may see, newest first (for the customer profile). */
    @Transactional(readOnly = true)
    List<CaseStore.Stored> ofCustomer(String customerNumber, DataScope scope, int limit) {
        return store.ofCustomer(customerNumber, scope, limit);
    }
}
