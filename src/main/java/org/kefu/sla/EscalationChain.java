package org.kefu.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * <p>A step may run twice (a node dies after the step committed but before db-scheduler deleted the
 * timer), and may race an acknowledgement: it locks the clock's row and acts only if the row is where
 * the step expects it, so a repeat or a late climb changes nothing.
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

    @Transactional(propagation = Propagation.REQUIRED)
    void fire(TimerStep step, String firedBy) {
        // The case row first, as a case change takes it before disarming: the two never wait on each other
        // in opposite order, and a change committed meanwhile is seen.
        Optional<CaseEscalations.CaseFacts> found = cases.lockFacts(step.caseId());
        if (found.isEmpty() || !found.get().openWork()) {
            return; // resolved or closed without its timers being disarmed: nothing is at risk any more
        }
        if (!timers.current(step)) {
            return; // disarmed, or armed again with another deadline, after this step was picked
        }
        CaseEscalations.CaseFacts facts = found.get();
        Instant now = clock.instant();
        if (step.isWarning()) {
            warn(step, facts, firedBy, now);
            return;
        }
        int level = step.level();
        List<String> to = recipients.at(level, facts.unitId());
        Instant acknowledgeBy = now.plus(plans.forPolicy(step.policyCode()).acknowledgeWithin());
        long id;
        if (level == 1) {
            Optional<Long> breached = store.breached(step, facts.unitId(), now, acknowledgeBy);
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
        raised(id, level, to, acknowledgeBy, step, facts, firedBy, now);
    }

    /**
     * Tells the level (already stored as raised) and arms the next; a level with nobody to tell passes
     * straight on, so a breach is never left with no one.
     */
    private void raised(long id, int level, List<String> to, Instant acknowledgeBy, TimerStep step,
                        CaseEscalations.CaseFacts facts, String firedBy, Instant now) {
        for (String user : to) {
            notify(user, NotificationTemplate.SLA_ESCALATION, facts.number(), Map.of("caseNumber", facts.number(),
                    "clock", clockName(step.clock()), "level", String.valueOf(level),
                    "acknowledgeBy", SHOWN.format(acknowledgeBy)));
        }
        String reassignedTo = null;
        if (level == 1 && step.reassign() && !to.isEmpty() && reassigned(facts.id(), to.get(0), step.clock())) {
            reassignedTo = to.get(0);
        }
        store.step(step.level() == level ? step : step.level(level, now), firedBy, to, now);
        events.publishEvent(new EscalationRaised(id, facts.number(), step.clock(), level, to, acknowledgeBy,
                reassignedTo));
        if (level >= EscalationPlan.TOP_LEVEL) {
            return;
        }
        if (to.isEmpty()) {
            store.raised(id, level + 1, acknowledgeBy);
            raised(id, level + 1, recipients.at(level + 1, facts.unitId()), acknowledgeBy, step, facts, firedBy, now);
        } else {
            timers.schedule(step.level(level + 1, acknowledgeBy));
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

    private void warn(TimerStep step, CaseEscalations.CaseFacts facts, String firedBy, Instant now) {
        if (store.warned(step, facts.unitId(), now).isEmpty()) {
            return; // already breached: a late warning says nothing new
        }
        List<String> to = facts.owner() != null ? List.of(facts.owner()) : recipients.at(1, facts.unitId());
        for (String user : to) {
            notify(user, NotificationTemplate.SLA_WARNING, facts.number(), Map.of("caseNumber", facts.number(),
                    "clock", clockName(step.clock()), "deadline", SHOWN.format(step.deadline())));
        }
        store.step(step, firedBy, to, now);
        events.publishEvent(new SlaWarned(facts.number(), step.clock(), step.step(), step.deadline(), to));
    }

    private void notify(String user, NotificationTemplate template, String caseNumber, Map<String, String> variables) {
        // Staff read Kefu in Chinese unless they switch; the bell shows the text as queued.
        notifications.queue(new Notification(NotificationChannel.IN_APP, user, template, Notification.CHINESE,
                variables, caseNumber));
    }

    /** The clock as staff read it (the texts are queued in Chinese, see {@link #notify}). */
    private String clockName(String code) {
        return messages.getMessage("sla-escalation.clock." + code, null, code, Notification.CHINESE);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
