package org.kefu.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.kefu.customer.CustomerDirectory;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.DataScope;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CasesProperties properties;
    private final CustomerMessages messages;

    Cases(CaseStore store, ApplicationEventPublisher events, Clock clock, CasesProperties properties,
          CustomerMessages messages) {
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
     * Opens a case in the actor's unit. With an idempotency key, the key is claimed first: a concurrent
     * request with the same key blocks on it and then finds the case the first one created.
     */
    @Transactional
    Opened open(CaseIntake intake, CustomerDirectory.KnownCustomer customer, Actor actor, String idempotencyKey) {
        if (idempotencyKey != null && !store.claim(actor.id(), idempotencyKey)) {
            String number = store.claimedCase(actor.id(), idempotencyKey)
                    .orElseThrow(() -> new ConflictException("case.idempotency-key-in-use"));
            return new Opened(find(number, actor), false);
        }
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, CHINA);
        String number = "KF-" + DAY.format(day) + "-" + "%06d".formatted(store.nextOfDay(day));
        String owner = actor.type() == Actor.Type.USER ? actor.id() : null;
        Case opened = Case.open(number, intake, actor.orgUnitId(), actor.orgUnitCode(), owner, now);
        long id = store.insert(opened, actor.id());
        if (idempotencyKey != null) {
            store.bind(actor.id(), idempotencyKey, id);
        }
        store.record(id, opened.events(), actor.id(), now);
        opened.events().forEach(events::publishEvent);
        messages.accepted(opened, customer, day.plusDays(1));
        return new Opened(find(number, actor), true);
    }

    @Transactional(readOnly = true)
    CaseStore.Stored find(String number, Actor actor) {
        return store.find(number, actor.scope()).orElseThrow(() -> new NotFoundException("case", number));
    }

    @Transactional(readOnly = true)
    PageResult<CaseStore.Stored> search(CaseStore.Criteria criteria, Actor actor, PageQuery page) {
        return store.search(criteria, actor.scope(), page);
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
                case RESOLVE -> c.resolve(step.resolution(), now);
                case FOLLOW_UP -> c.followUp();
                case ARCHIVE -> c.archive(step.summary());
                case REOPEN -> c.reopen(step.reason(), now, properties.reopenWindow());
                case CANCEL -> c.cancel(step.reason());
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

    /** The inputs a step may need; each step checks its own. */
    record CaseStep(CasePlan plan, String resolution, String summary, String reason) {
    }

    private CaseStore.Stored change(String number, int version, Actor actor, java.util.function.Consumer<Case> step) {
        Case c = find(number, actor).theCase();
        if (c.version() != version) {
            throw new ConflictException("case.changed", number);
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
        return find(number, actor);
    }

    /** The customer's cases the caller may see, newest first (for the customer profile). */
    @Transactional(readOnly = true)
    List<CaseStore.Stored> ofCustomer(String customerNumber, DataScope scope, int limit) {
        return store.ofCustomer(customerNumber, scope, limit);
    }
}
