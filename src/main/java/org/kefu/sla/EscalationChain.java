package org.kefu.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.kefu.cases.CaseEscalations;
import org.kefu.notification.Notification;
import org.kefu.notification.NotificationChannel;
import org.kefu.notification.NotificationTemplate;
import org.kefu.notification.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when a timer fires (R4.6). A warning tells the owner (or, for a case in a queue, its
 * supervisors). The breach opens the chain at level 1; each level is told and has until its
 * acknowledgement deadline, when the next level's timer fires unless someone acknowledged. Every step is
 * audited and published as an event, and logged in {@code sla_escalation_step}.
 *
 * <p>A step may race a case change, a re-arming or an acknowledgement: it locks the case, shares the
 * arming and locks the clock's row, and acts only if they are where the step expects them, so a stale
 * step or a late climb changes nothing (and a step repeated after a crash would not either).
 */
@Service
class EscalationChain {

    private static final Logger log = LoggerFactory.getLogger(EscalationChain.class);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final CaseEscalations cases;
    private final EscalationStore store;
    private final EscalationRecipients recipients;
    private final EscalationPlans plans;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final ScheduledTimers timers;
    private final Clock clock;
    private final TransactionTemplate nested;
    private final MessageSource messages;

    EscalationChain(CaseEscalations cases, EscalationStore store, EscalationRecipients recipients, EscalationPlans plans,
                    Notifications notifications, ApplicationEventPublisher events, ScheduledTimers timers, Clock clock,
                    PlatformTransactionManager transactions, MessageSource messages) {
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.messages = messages;
        this.cases = cases;
        this.store = store;
        this.recipients = recipients;
        this.plans = plans;
        this.notifications = notifications;
        this.events = events;
        this.timers = timers;
        this.clock = clock;
    }

    /** One step, in the caller's transaction (or one of its own). */
    @Transactional(propagation = Propagation.REQUIRED)
    void fire(TimerStep step, String firedBy) {
        fireAll(List.of(step), firedBy);
    }

    /**
     * A batch of due steps in the caller's transaction: the cases first, all in one statement (as a case
     * change takes its case before disarming, the two never wait on each other in opposite order, and a
     * change committed meanwhile is seen), then the armings, then each step in the order it fell due; what
     * the steps write besides their chain rows (messages, step log, next levels' timers) is written
     * together at the end.
     *
     * @return the steps not fired because their case is being changed right now: their timers stay due
     */
    @Transactional(propagation = Propagation.REQUIRED)
    List<TimerStep> fireAll(List<TimerStep> due, String firedBy) {
        Set<Long> caseIds = due.stream().map(TimerStep::caseId).collect(Collectors.toCollection(TreeSet::new));
        Map<Long, CaseEscalations.CaseFacts> facts = new HashMap<>(cases.lockFactsUnlessBusy(caseIds));
        caseIds.removeAll(facts.keySet());
        Set<Long> busy = caseIds.isEmpty() ? Set.of() : cases.existing(caseIds);
        // Resolved or closed without its timers being disarmed (or gone): nothing is at risk any more.
        List<TimerStep> open = due.stream().filter(s -> facts.containsKey(s.caseId()) && facts.get(s.caseId()).openWork())
                .toList();
        // Disarmed, or armed again with another deadline, after the step was claimed: it changes nothing.
        Set<TimerStep> current = timers.current(open);
        Batch batch = new Batch(firedBy, clock.instant(), facts);
        open.stream().filter(current::contains).sorted(Comparator.comparing(TimerStep::at)).forEach(step -> fire(step, batch));
        // Chunks keep every statement far below the driver's 65,535 parameters, whatever the batch size.
        chunked(batch.messages, notifications::queueAll);
        chunked(batch.fired, fired -> store.steps(fired, firedBy, batch.now));
        chunked(batch.next, timers::insertAll);
        return due.stream().filter(s -> busy.contains(s.caseId())).toList();
    }

    private static <T> void chunked(List<T> rows, Consumer<List<T>> write) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            write.accept(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
    }

    private static final int CHUNK = 1_000;

    /** The cases of a batch as its steps left them, and what the steps write together at its end. */
    private static final class Batch {
        final String firedBy;
        final Instant now;
        final Map<Long, CaseEscalations.CaseFacts> facts;
        /** Cases a step reassigned: their later steps look at the case and its arming afresh. */
        final Set<Long> changed = new HashSet<>();
        final List<Notification> messages = new ArrayList<>();
        final List<EscalationStore.Fired> fired = new ArrayList<>();
        final List<TimerStep> next = new ArrayList<>();

        Batch(String firedBy, Instant now, Map<Long, CaseEscalations.CaseFacts> facts) {
            this.firedBy = firedBy;
            this.now = now;
            this.facts = facts;
        }
    }

    private void fire(TimerStep step, Batch batch) {
        CaseEscalations.CaseFacts facts = batch.facts.get(step.caseId());
        if (batch.changed.contains(step.caseId()) && (!facts.openWork() || !timers.current(List.of(step)).contains(step))) {
            return; // the reassignment re-armed the clock
        }
        fire(step, facts, batch);
    }

    private void fire(TimerStep step, CaseEscalations.CaseFacts facts, Batch batch) {
        if (step.isWarning()) {
            warn(step, facts, batch);
            return;
        }
        int level = step.level();
        List<String> to = recipients.at(level, facts.unitId());
        Instant acknowledgeBy = batch.now.plus(plans.forPolicy(step.policyCode()).acknowledgeWithin());
        long id;
        if (level == 1) {
            Optional<Long> breached = store.breached(step, facts.unitId(), batch.now, acknowledgeBy);
            if (breached.isEmpty()) {
                return; // this breach already ran
            }
            id = breached.get();
            events.publishEvent(new SlaBreached(facts.number(), step.clock(), step.deadline(),
                    emptyToNull(step.policyCode()), step.policyVersion(), facts.unitCode()));
        } else {
            EscalationStore.Escalation row = store.lockOpen(step.caseId(), step.clock()).orElse(null);
            if (row == null || !row.breached() || row.level() != level - 1) {
                return; // acknowledged, closed, or this level was raised already
            }
            id = row.id();
            store.raised(id, level, acknowledgeBy);
        }
        raised(id, level, to, acknowledgeBy, step, facts, batch);
    }

    /**
     * Tells the level (already stored as raised) and arms the next; a level with nobody to tell passes
     * straight on, so a breach is never left with no one.
     */
    private void raised(long id, int level, List<String> to, Instant acknowledgeBy, TimerStep step,
                        CaseEscalations.CaseFacts facts, Batch batch) {
        for (String user : to) {
            batch.messages.add(message(user, NotificationTemplate.SLA_ESCALATION, facts.number(), Map.of(
                    "caseNumber", facts.number(), "clock", clockName(step.clock()), "level", String.valueOf(level),
                    "acknowledgeBy", SHOWN.format(acknowledgeBy))));
        }
        String reassignedTo = null;
        if (level == 1 && step.reassign() && !to.isEmpty() && reassigned(facts.id(), to.get(0), step.clock())) {
            reassignedTo = to.get(0);
            // Later steps of this case in the batch (a warning on another clock) go to the new owner.
            cases.lockFacts(facts.id()).ifPresent(now -> batch.facts.put(now.id(), now));
            batch.changed.add(facts.id());
        }
        batch.fired.add(new EscalationStore.Fired(step.level() == level ? step : step.level(level, batch.now), to));
        events.publishEvent(new EscalationRaised(id, facts.number(), step.clock(), level, to, acknowledgeBy,
                reassignedTo));
        if (level >= EscalationPlan.TOP_LEVEL) {
            return;
        }
        if (to.isEmpty()) {
            store.raised(id, level + 1, acknowledgeBy);
            raised(id, level + 1, recipients.at(level + 1, facts.unitId()), acknowledgeBy, step, facts, batch);
        } else {
            batch.next.add(step.level(level + 1, acknowledgeBy));
        }
    }

    /**
     * Reassigns within a savepoint: when it fails (the supervisor cannot work cases, a concurrent edit) the
     * escalation still goes out, without the reassignment, and the failure is logged.
     */
    private boolean reassigned(long caseId, String supervisor, String clockCode) {
        try {
            return Boolean.TRUE.equals(nested.execute(status ->
                    cases.reassignTo(caseId, supervisor, "SLA " + clockCode + " breached: escalated to level 1")));
        } catch (RuntimeException refused) {
            log.warn("Escalation of case {} not reassigned to {}: {}", caseId, supervisor, refused.getClass().getSimpleName());
            return false;
        }
    }

    private void warn(TimerStep step, CaseEscalations.CaseFacts facts, Batch batch) {
        if (store.warned(step, facts.unitId(), batch.now).isEmpty()) {
            return; // already breached: a late warning says nothing new
        }
        List<String> to = facts.owner() != null ? List.of(facts.owner()) : recipients.at(1, facts.unitId());
        for (String user : to) {
            batch.messages.add(message(user, NotificationTemplate.SLA_WARNING, facts.number(), Map.of(
                    "caseNumber", facts.number(), "clock", clockName(step.clock()),
                    "deadline", SHOWN.format(step.deadline()))));
        }
        batch.fired.add(new EscalationStore.Fired(step, to));
        events.publishEvent(new SlaWarned(facts.number(), step.clock(), step.step(), step.deadline(), to));
    }

    private static Notification message(String user, NotificationTemplate template, String caseNumber,
                                        Map<String, String> variables) {
        // Staff read Kefu in Chinese unless they switch; the bell shows the text as queued.
        return new Notification(NotificationChannel.IN_APP, user, template, Notification.CHINESE, variables, caseNumber);
    }

    /** The clock as staff read it (the texts are queued in Chinese, see {@link #notify}). */
    private String clockName(String code) {
        return messages.getMessage("sla-escalation.clock." + code, null, code, Notification.CHINESE);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
