package org.kefu.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kefu.platform.Actor;
import org.kefu.platform.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the SLA escalation chain needs of a case, by id: where it stands (unit, owner, status), and
 * reassigning it to a supervisor when a policy says escalation also reassigns. Kefu itself acts, with the
 * supervisor's permission, so the case's timeline and audit show the reassignment as the system's.
 */
@Service
public class CaseEscalations {

    /** Kefu reassigning on escalation: may supervise anywhere, works nothing else. */
    private static final Actor ESCALATION = new Actor(Actor.Type.SYSTEM, "system", null, null, null,
            Set.of(CasesPermissions.READ, CasesPermissions.SUPERVISE), DataScope.all());

    private final JdbcClient jdbc;
    private final Cases cases;
    private final CaseGuards guards;

    CaseEscalations(JdbcClient jdbc, Cases cases, CaseGuards guards) {
        this.guards = guards;
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /**
     * @param openWork whether the case is still someone's work (not resolved, closed or merged): only such
     *                 a case escalates
     */
    public record CaseFacts(long id, String number, long unitId, String unitCode, String owner, CaseStatus status,
                            int version, boolean openWork) {
    }

    @Transactional(propagation = Propagation.REQUIRED, readOnly = true)
    public Optional<CaseFacts> facts(long caseId) {
        return read(caseId, "");
    }

    /**
     * The facts with the case row locked as an update would lock it, for the rest of the caller's
     * transaction: a timer step takes the case before its own rows, in the order a case change does.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CaseFacts> lockFacts(long caseId) {
        return read(caseId, " for no key update of c");
    }

    /**
     * {@link #lockFacts(long)} for many cases in one statement, in id order (as every batch locks them, so two
     * batches sharing cases wait for each other instead of deadlocking). A case locked by another transaction
     * right now (someone editing it) is skipped rather than waited for, so one busy case never holds back a
     * batch: cases skipped or not found are missing from the answer, and {@link #existing} tells them apart.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, CaseFacts> lockFactsUnlessBusy(Collection<Long> caseIds) {
        Map<Long, CaseFacts> found = new HashMap<>();
        jdbc.sql(SELECT + " where c.id = any(?) order by c.id for no key update of c skip locked")
                .param(caseIds.toArray(Long[]::new))
                .query(CaseEscalations::facts).list().forEach(f -> found.put(f.id(), f));
        return found;
    }

    /** Which of the cases exist (without locking them). */
    @Transactional(propagation = Propagation.REQUIRED, readOnly = true)
    public Set<Long> existing(Collection<Long> caseIds) {
        return Set.copyOf(jdbc.sql("select id from service_case where id = any(?)")
                .param(caseIds.toArray(Long[]::new)).query(Long.class).list());
    }

    private static final String SELECT = "select c.id, c.number, c.org_unit_id, o.code, c.owner, c.status, c.version"
            + " from service_case c join org_unit o on o.id = c.org_unit_id";

    private Optional<CaseFacts> read(long caseId, String lock) {
        return jdbc.sql(SELECT + " where c.id = ?" + lock).param(caseId).query(CaseEscalations::facts).optional();
    }

    private static CaseFacts facts(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        CaseStatus status = CaseStatus.valueOf(rs.getString(6).toUpperCase(java.util.Locale.ROOT));
        return new CaseFacts(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), status,
                rs.getInt(7), status.isOpenWork());
    }

    /**
     * Gives the case to {@code supervisor} (who must be able to work cases); false when they already own it
     * or the case is no longer open. Joins the caller's transaction, so the reassignment commits with the
     * escalation step that decided it.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean reassignTo(long caseId, String supervisor, String reason) {
        Optional<CaseFacts> facts = facts(caseId);
        // A supervisor kept away from the case (recusal) is not given it: the escalation still notifies.
        if (facts.isEmpty() || !facts.get().openWork() || supervisor.equals(facts.get().owner())
                || !guards.allows(caseId, supervisor, CaseWorkerVeto.Duty.WORK)) {
            return false;
        }
        cases.reassign(facts.get().number(), facts.get().version(), supervisor, reason, ESCALATION);
        return true;
    }
}
