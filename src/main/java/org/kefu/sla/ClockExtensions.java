package org.kefu.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.kefu.cases.CaseClocks;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extensions of a regulatory clock (CN-CBIRC): the first, to 30 days, on record with a reason and the
 * customer told; the second, up to 30 more days, only once a different person holding
 * {@value SlaPolicyConfiguration#APPROVE_EXTENSION} approves it (maker-checker).
 */
@Service
class ClockExtensions {

    static final String GRANTED = "granted";
    static final String PENDING = "pending";

    private final CaseClocks cases;
    private final RegulatoryClockStore store;
    private final CaseDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClockExtensions(CaseClocks cases, RegulatoryClockStore store, CaseDeadlines deadlines,
                    ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    record Request(Integer level, Integer days, String reason, Boolean customerTold) {
    }

    @Transactional
    RegulatoryClockStore.Extension request(String number, Request body, Actor actor) {
        CaseClocks.Facts f = cases.facts(number, actor.scope()).orElseThrow(() -> new NotFoundException("case", number));
        PolicyViolations v = new PolicyViolations();
        if (body.level() == null) {
            v.add("level", "required", "field.required");
        }
        String reason = v.text("reason", body.reason(), 1000);
        if (!Boolean.TRUE.equals(body.customerTold())) {
            v.add("customerTold", "invalid", "sla.field.customer-told");
        }
        v.throwIfAny();
        RegulatoryClock c = store.find(f.caseId()).orElseThrow(() -> new ConflictException("sla.regulatory.none", number));
        if (c.decidedAt() != null) {
            throw new ConflictException("sla.regulatory.decided", number);
        }
        RegulatoryClockPreset.ExtensionRule rule = c.preset().extension(body.level()).orElseThrow(() ->
                new ConflictException("sla.extension.not-allowed", c.preset().code(), body.level())
                        .with("allowedLevels", c.preset().extensions().stream().map(e -> e.level()).toList()));
        int days = body.days() == null ? rule.maxDays() : body.days();
        if (days < 1 || days > rule.maxDays()) {
            v.add("days", "out-of-range", "sla.field.extension-days");
            v.throwIfAny();
        }
        List<RegulatoryClockStore.Extension> earlier = store.extensions(f.caseId()).stream()
                .filter(e -> e.requestedAt().compareTo(c.startedAt()) >= 0 && !"rejected".equals(e.state())).toList();
        if (earlier.stream().anyMatch(e -> e.level() == rule.level())) {
            throw new ConflictException("sla.extension.exists", rule.level());
        }
        if (rule.level() > 1 && earlier.stream().noneMatch(e -> e.level() == rule.level() - 1
                && !PENDING.equals(e.state()))) {
            throw new ConflictException("sla.extension.order", rule.level() - 1);
        }
        Instant now = clock.instant();
        String state = rule.needsApproval() ? PENDING : GRANTED;
        long id = store.addExtension(f.caseId(), rule.level(), days, reason, true, state, actor.id(), now);
        if (!rule.needsApproval()) {
            extend(f, c, days);
        }
        events.publishEvent(new ClockExtensionRequested(number, id, c.preset().code(), rule.level(), days, state,
                reason));
        return store.extension(id).orElseThrow();
    }

    /** The checker's decision; the maker may not decide their own request. */
    @Transactional
    RegulatoryClockStore.Extension decide(long id, boolean approve, Actor actor) {
        RegulatoryClockStore.Extension e = store.extension(id).orElseThrow(() -> new NotFoundException("extension", id));
        CaseClocks.Facts f = cases.facts(e.caseId(), actor.scope())
                .orElseThrow(() -> new NotFoundException("extension", id));
        if (!PENDING.equals(e.state())) {
            throw new ConflictException("sla.extension.not-pending", id).with("state", e.state());
        }
        if (e.requestedBy().equals(actor.id())) {
            throw new AccessDeniedException("An extension is approved by someone other than who asked for it");
        }
        store.decide(id, approve ? "approved" : "rejected", actor.id(), clock.instant());
        if (approve) {
            RegulatoryClock c = store.find(f.caseId()).orElseThrow();
            if (c.decidedAt() != null) {
                throw new ConflictException("sla.regulatory.decided", f.number());
            }
            extend(f, c, e.days());
        }
        events.publishEvent(new ClockExtensionDecided(f.number(), id, approve, e.requestedBy()));
        return store.extension(id).orElseThrow();
    }

    private void extend(CaseClocks.Facts f, RegulatoryClock c, int days) {
        RegulatoryClock extended = c.extended(days);
        store.save(extended);
        deadlines.regulatoryChanged(f, extended);
    }
}
