package org.kefu.cases;

import java.util.Optional;

import org.kefu.platform.RefusedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The other modules' rules about who may work a case ({@link CaseWorkerVeto}) and when it may be resolved
 * ({@link ResolutionGate}), asked in one place by every path that gives a person a case or resolves it.
 */
@Component
class CaseGuards {

    private final ObjectProvider<CaseWorkerVeto> vetoes;
    private final ObjectProvider<ResolutionGate> gates;

    CaseGuards(ObjectProvider<CaseWorkerVeto> vetoes, ObjectProvider<ResolutionGate> gates) {
        this.vetoes = vetoes;
        this.gates = gates;
    }

    /** The first rule's reason {@code username} may not do {@code duty} on the case. */
    Optional<String> refusal(long caseId, String username, CaseWorkerVeto.Duty duty) {
        return vetoes.orderedStream().map(v -> v.refusal(caseId, username, duty)).flatMap(Optional::stream)
                .findFirst();
    }

    boolean allows(long caseId, String username, CaseWorkerVeto.Duty duty) {
        return refusal(caseId, username, duty).isEmpty();
    }

    /** 403 with the rule's message when vetoed; nothing has been written yet when this is called. */
    void ensureAllowed(long caseId, String username, CaseWorkerVeto.Duty duty) {
        refusal(caseId, username, duty).ifPresent(key -> {
            throw new RefusedException(key);
        });
    }

    void beforeResolve(long caseId) {
        gates.orderedStream().forEach(g -> g.beforeResolve(caseId));
    }

    void beforeArchive(long caseId) {
        gates.orderedStream().forEach(g -> g.beforeArchive(caseId));
    }

    void satisfyForDemo(long caseId, String handler) {
        gates.orderedStream().forEach(g -> g.satisfyForDemo(caseId, handler));
    }

    boolean needsSignOff(long caseId) {
        return gates.orderedStream().anyMatch(g -> g.needsSignOff(caseId));
    }
}
