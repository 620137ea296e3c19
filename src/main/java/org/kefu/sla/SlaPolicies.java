package org.kefu.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import org.kefu.cases.CaseClocks;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administering policies: every edit is a new version with author, time and reason (R8.1), audited. */
@Service
class SlaPolicies {

    private final PolicyStore store;
    private final PolicyMatcher matcher;
    private final PolicyHours hours;
    private final CaseClocks cases;
    private final CaseDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SlaPolicies(PolicyStore store, PolicyMatcher matcher, PolicyHours hours, CaseClocks cases,
                CaseDeadlines deadlines, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.matcher = matcher;
        this.hours = hours;
        this.cases = cases;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<SlaPolicy> list() {
        return store.current();
    }

    @Transactional(readOnly = true)
    List<SlaPolicy> versions(long id) {
        List<SlaPolicy> versions = store.versions(id);
        if (versions.isEmpty()) {
            throw new NotFoundException("sla-policy", id);
        }
        return versions;
    }

    /** A new policy goes last but before the catch-all (the highest position), unless it is the only one. */
    @Transactional
    SlaPolicy create(PolicyRequest body, Actor actor) {
        SlaPolicy valid = validate(body, true, actor);
        store.lockAll();
        if (store.codeExists(valid.code())) {
            throw new InvalidInputException("code", "duplicate", "sla.field.code-taken");
        }
        List<SlaPolicy> all = store.current();
        int position = all.isEmpty() ? 10 : all.size() == 1 ? all.get(0).position() - 5
                : (all.get(all.size() - 2).position() + all.get(all.size() - 1).position()) / 2;
        long id = store.create(valid.code(), position);
        int version = store.addVersion(id, valid);
        events.publishEvent(new SlaPolicyChanged(valid.code(), version, "created", valid.reason(), null));
        return store.current(id).orElseThrow();
    }

    @Transactional
    SlaPolicy edit(long id, PolicyRequest body, Actor actor) {
        SlaPolicy old = store.current(id).orElseThrow(() -> new NotFoundException("sla-policy", id));
        SlaPolicy valid = validate(body, false, actor);
        int version = store.addVersion(id, valid);
        events.publishEvent(new SlaPolicyChanged(old.code(), version, "edited", valid.reason(), null));
        return store.current(id).orElseThrow();
    }

    /** {@code order} lists every policy id once, in the new match order. */
    @Transactional
    List<SlaPolicy> reorder(List<Long> order, String reason, Actor actor) {
        store.lockAll();
        List<SlaPolicy> all = store.current();
        List<Long> ids = all.stream().map(SlaPolicy::id).toList();
        if (order == null || order.size() != ids.size() || !new HashSet<>(order).equals(new HashSet<>(ids))) {
            throw new InvalidInputException("order", "invalid", "sla.field.order");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "required", "field.required");
        }
        for (int i = 0; i < order.size(); i++) {
            store.position(order.get(i), (i + 1) * 10);
        }
        events.publishEvent(new SlaPolicyChanged(null, 0, "reordered", reason.strip(), null));
        return store.current();
    }

    /** The current version of whichever policy matches the case now replaces the one it was pinned to. */
    @Transactional
    SlaPolicy reapply(String number, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "required", "field.required");
        }
        CaseClocks.Facts f = cases.facts(number, actor.scope()).orElseThrow(() -> new NotFoundException("case", number));
        SlaPolicy applied = deadlines.reapply(f);
        events.publishEvent(new SlaPolicyChanged(applied.code(), applied.version(), "reapplied", reason.strip(),
                number));
        return applied;
    }

    private SlaPolicy validate(PolicyRequest body, boolean creating, Actor actor) {
        if (body == null) {
            throw new InvalidInputException("body", "required", "field.required");
        }
        Instant now = clock.instant();
        return body.validate(creating, matcher::unitExists, hours::exists, actor.id(), now);
    }
}
