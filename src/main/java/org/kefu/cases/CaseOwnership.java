package org.kefu.cases;

import java.time.Instant;

import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * First-contact ownership (首问负责制, R2.2): whoever accepts a case owns it until an explicit hand-over is
 * accepted. Only the owner proposes a hand-over (to a person or a unit's queue) or withdraws it; only the
 * receiver accepts or declines it. Supervisors reassign with a reason; an agent takes an unowned case from
 * their own unit's queue. Every change registers an event on the case.
 */
final class CaseOwnership {

    private CaseOwnership() {
    }

    /** Someone who may receive or take work: a user, their unit, and whether they hold cases.work. */
    record Worker(String username, long unitId, String unitCode, boolean canWork) {

        static Worker of(Actor actor) {
            return new Worker(actor.id(), actor.orgUnitId() == null ? -1 : actor.orgUnitId(), actor.orgUnitCode(),
                    actor.can(CasesPermissions.WORK));
        }
    }

    static void propose(Case c, Worker by, String toUser, Long toUnitId, String toUnitCode, String reason,
                        Instant now) {
        Case.require("reason", reason);
        c.ensureOpen();
        if (!by.username().equals(c.owner())) {
            throw new AccessDeniedException("Only the owner hands a case over");
        }
        if (by.username().equals(toUser) && toUnitId == null) {
            throw new InvalidInputException("toUser", "invalid", "cases.field.handover-self");
        }
        pendingMustBe(c, false);
        c.work(c.work().withHandover(new CaseWork.Handover(toUser, toUnitId, toUnitCode, reason.strip(),
                by.username(), now)));
        c.register(new CaseHandoverProposed(c.number(), c.owner(), toUser, toUnitCode, reason.strip()));
    }

    /** The receiver owns the case now, in the queue's unit or, for a person, in their own unit. */
    static void accept(Case c, Worker by, Instant now) {
        CaseWork.Handover h = receivable(c, by);
        long unitId = h.toUnitId() != null ? h.toUnitId() : by.unitId();
        String unitCode = h.toUnitId() != null ? h.toUnitCode() : by.unitCode();
        String from = c.owner();
        c.owner(by.username(), unitId);
        c.work(c.work().assigned(now));
        c.register(new CaseHandedOver(c.number(), from, by.username(), unitCode, h.reason()));
    }

    static void decline(Case c, Worker by, String reason) {
        Case.require("reason", reason);
        receivable(c, by);
        c.work(c.work().withHandover(null));
        c.register(new CaseHandoverEnded(c.number(), "declined", by.username(), reason.strip()));
    }

    static void withdraw(Case c, Worker by) {
        pendingMustBe(c, true);
        if (!by.username().equals(c.owner())) {
            throw new AccessDeniedException("Only the owner withdraws a hand-over");
        }
        c.work(c.work().withHandover(null));
        c.register(new CaseHandoverEnded(c.number(), "withdrawn", by.username(), null));
    }

    /** A supervisor's decision; it replaces any pending hand-over. */
    static void reassign(Case c, Worker to, String reason, boolean maySupervise, Instant now) {
        Case.require("reason", reason);
        if (!maySupervise) {
            throw new AccessDeniedException("Reassigning needs " + CasesPermissions.SUPERVISE);
        }
        c.ensureOpen();
        if (to.username().equals(c.owner())) {
            throw new ConflictException("case.already-owner", c.number(), to.username());
        }
        assign(c, to, "reassign", reason.strip(), now);
    }

    static void take(Case c, Worker by, Instant now) {
        c.ensureOpen();
        if (c.owner() != null) {
            throw new ConflictException("case.owned", c.number(), c.owner());
        }
        if (by.unitId() != c.orgUnitId() || !by.canWork()) {
            throw new AccessDeniedException("Only a worker of the case's unit takes it from the queue");
        }
        assign(c, by, "take", null, now);
    }

    /**
     * The owner may no longer work the case (another module's rule, e.g. recusal): it goes back to its unit's
     * queue, and a pending hand-over ends with it.
     */
    static void release(Case c, String unitCode, String reason) {
        String from = c.owner();
        if (from == null) {
            return;
        }
        if (c.work().handover() != null) {
            c.work(c.work().withHandover(null));
            c.register(new CaseHandoverEnded(c.number(), "withdrawn", from, null));
        }
        c.owner(null, c.orgUnitId());
        c.register(new CaseReleased(c.number(), from, unitCode, reason));
    }

    /** Routing's choice for an unowned case, within the case's unit. */
    static void route(Case c, String username, String unitCode, Instant now) {
        assign(c, new Worker(username, c.orgUnitId(), unitCode, true), "routing", null, now);
    }

    private static void assign(Case c, Worker to, String how, String reason, Instant now) {
        String from = c.owner();
        c.owner(to.username(), to.unitId());
        c.work(c.work().assigned(now));
        c.register(new CaseAssigned(c.number(), from, to.username(), to.unitCode(), how, reason));
    }

    /** Only an open case is received: a closed one keeps its last owner and unit. */
    private static CaseWork.Handover receivable(Case c, Worker by) {
        c.ensureOpen();
        pendingMustBe(c, true);
        CaseWork.Handover h = c.work().handover();
        if (!h.isFor(by)) {
            throw new AccessDeniedException("Only the receiver answers a hand-over");
        }
        return h;
    }

    private static void pendingMustBe(Case c, boolean pending) {
        CaseWork.Handover h = c.work().handover();
        if (pending && h == null) {
            throw new ConflictException("case.no-handover", c.number());
        }
        if (!pending && h != null) {
            throw new ConflictException("case.handover-pending", c.number(),
                    h.toUser() != null ? h.toUser() : h.toUnitCode());
        }
    }
}
