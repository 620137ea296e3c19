package org.kefu.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kefu.cases.CasesPermissions;
import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalations as supervisors and management see and answer them: the open ones of their units, and
 * acknowledging one, which stops the climb (the next level's timer is cancelled in the same transaction,
 * and a timer firing meanwhile waits for the row lock and then finds the escalation acknowledged).
 */
@Service
class Escalations {

    static final List<String> STATES = List.of("at_risk", "breached", "acknowledged");
    private static final Map<String, String> SORTS = Map.of("dueAt", "e.due_at", "level", "e.level",
            "acknowledgeBy", "e.acknowledge_by");

    private final JdbcClient jdbc;
    private final EscalationStore store;
    private final OrgUnits orgUnits;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    Escalations(JdbcClient jdbc, EscalationStore store, OrgUnits orgUnits, ApplicationEventPublisher events,
                java.time.Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.orgUnits = orgUnits;
        this.events = events;
        this.clock = clock;
    }

    /** Open escalations in the actor's scope, optionally of one state and one unit (code). */
    @Transactional(readOnly = true)
    PageResult<EscalationStore.Escalation> open(String state, String unitCode, Actor actor, PageQuery page) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where e.closed_at is null and " + actor.scope().sql("e.org_unit_id"));
        args.add(actor.scope().sqlArgument());
        if (state != null) {
            if (!STATES.contains(state)) {
                throw new InvalidInputException("state", "invalid", "sla-escalation.field.state");
            }
            where.append(" and e.state = ?");
            args.add(state);
        }
        if (unitCode != null) {
            OrgUnit unit = orgUnits.tree().byCode(unitCode).filter(u -> actor.scope().includes(u.id()))
                    .orElseThrow(() -> new InvalidInputException("unit", "not-found", "sla-escalation.field.unit"));
            where.append(" and e.org_unit_id = ?");
            args.add(unit.id());
        }
        long total = jdbc.sql("select count(*) from sla_escalation e" + where).params(args).query(Long.class).single();
        List<EscalationStore.Escalation> items = jdbc.sql("select " + EscalationStore.COLUMNS + EscalationStore.FROM
                + where + page.sqlTail(SORTS, "e.id")).params(args).query(EscalationStore::map).list();
        return PageResult.of(items, page, total);
    }

    /** Open escalations of one unit: at risk, breached at each level, acknowledged. */
    record UnitSummary(String unit, long atRisk, long level1, long level2, long level3, long acknowledged) {
    }

    /** Per unit in the actor's scope, for the page's overview (units with nothing open are left out). */
    @Transactional(readOnly = true)
    List<UnitSummary> summary(Actor actor) {
        return jdbc.sql("select o.code, count(*) filter (where e.state = 'at_risk'),"
                        + " count(*) filter (where e.state = 'breached' and e.level = 1),"
                        + " count(*) filter (where e.state = 'breached' and e.level = 2),"
                        + " count(*) filter (where e.state = 'breached' and e.level = 3),"
                        + " count(*) filter (where e.state = 'acknowledged')" + EscalationStore.FROM
                        + " where e.closed_at is null and " + actor.scope().sql("e.org_unit_id")
                        + " group by o.code order by o.code")
                .param(actor.scope().sqlArgument())
                .query((rs, i) -> new UnitSummary(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6))).list();
    }

    /** 404 when the escalation is not open in the actor's scope; 409 when it is not breached (any more). */
    @Transactional
    EscalationStore.Escalation acknowledge(long id, Integer seenLevel, Actor actor) {
        EscalationStore.Escalation e = store.lockOpen(id).filter(x -> actor.scope().includes(x.unitId()))
                .orElseThrow(() -> new NotFoundException("escalation", id));
        if (!actor.can(CasesPermissions.SUPERVISE) && !actor.can(EscalationPermissions.MANAGEMENT)) {
            throw new AccessDeniedException("Acknowledging an escalation needs " + CasesPermissions.SUPERVISE);
        }
        if (!e.breached()) {
            throw new ConflictException("sla.escalation.not-breached", e.caseNumber())
                    .with("state", e.state());
        }
        if (seenLevel != null && seenLevel != e.level()) {
            // The chain climbed after the page was drawn: acknowledging would silently stop the new level.
            throw new ConflictException("sla.escalation.level-moved", e.caseNumber(), e.level())
                    .with("level", e.level());
        }
        if (e.level() >= 2 && !actor.can(EscalationPermissions.MANAGEMENT)) {
            // Management levels are taken on by management, not by the supervisor whose level lapsed.
            throw new AccessDeniedException("Acknowledging level " + e.level() + " needs " + EscalationPermissions.MANAGEMENT);
        }
        Instant now = clock.instant();
        store.acknowledged(id, actor.id(), now);
        // Skipping a timer being fired now: the step waits for this row, then finds the level acknowledged.
        jdbc.sql("delete from sla_timer where id in (select id from sla_timer where id = ? for update skip locked)")
                .param(TimerStep.prefix(e.caseId(), e.clock()) + e.dueAt().toEpochMilli() + "/level-" + (e.level() + 1))
                .update();
        events.publishEvent(new EscalationAcknowledged(id, e.caseNumber(), e.clock(), e.level(), actor.id()));
        return store.find(id).orElseThrow();
    }
}
