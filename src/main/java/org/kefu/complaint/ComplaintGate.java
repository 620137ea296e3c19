package org.kefu.complaint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kefu.cases.ComplaintCases;
import org.kefu.cases.ResolutionGate;
import org.kefu.platform.ConflictException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A complaint is resolved only when it is coded, its decision is recorded and its compensation is not waiting
 * for or refused by the checker (409 naming what is missing). Its reviewed resolution also needs management's
 * sign-off (three-level handling) when the case is P1 or the amount in dispute or the compensation is above
 * {@code kefu.complaint.sign-off-above} (CNY, our default 50000).
 */
@Component
class ComplaintGate implements ResolutionGate {

    private final ComplaintStore store;
    private final ComplaintCases cases;
    private final BigDecimal signOffAbove;

    ComplaintGate(ComplaintStore store, ComplaintCases cases,
                  @Value("${kefu.complaint.sign-off-above:50000}") BigDecimal signOffAbove) {
        this.store = store;
        this.cases = cases;
        this.signOffAbove = signOffAbove;
    }

    @Override
    public void beforeResolve(long caseId) {
        Optional<ComplaintRecord> found = store.find(caseId);
        if (found.isEmpty()) {
            return;
        }
        ComplaintRecord r = found.get();
        List<String> missing = new ArrayList<>();
        if (!r.coded()) {
            missing.add("coding");
        }
        if (r.decision() == null) {
            missing.add("decision");
        } else if ("pending".equals(r.decision().compensationState())) {
            missing.add("compensationApproval");
        } else if ("rejected".equals(r.decision().compensationState())) {
            missing.add("compensationRejected");
        }
        if (!missing.isEmpty()) {
            throw new ConflictException("complaint.gate.missing", String.join(", ", missing))
                    .with("missing", missing);
        }
    }

    @Override
    public boolean needsSignOff(long caseId) {
        Optional<ComplaintRecord> found = store.find(caseId);
        if (found.isEmpty()) {
            return false;
        }
        ComplaintRecord r = found.get();
        boolean p1 = cases.facts(caseId).map(f -> "p1".equals(f.priority().toLowerCase(Locale.ROOT))).orElse(false);
        return p1 || above(r.amountInDispute()) || (r.decision() != null && above(r.decision().compensation()));
    }

    /** Demo complaints are coded and decided (no compensation) by their handler before they are resolved. */
    @Override
    public void satisfyForDemo(long caseId, String handler) {
        store.demoCodeAndDecide(caseId, handler);
    }

    private boolean above(BigDecimal amount) {
        return amount != null && amount.compareTo(signOffAbove) > 0;
    }
}
