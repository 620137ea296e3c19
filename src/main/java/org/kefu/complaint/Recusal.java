package org.kefu.complaint;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.kefu.cases.CaseWorkerVeto;
import org.kefu.identity.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Recusal (回避): nobody works, reviews or signs off a complaint about themselves or about someone who reports
 * to them directly. Recused = {subject staff} ∪ their managers; a complaint that names nobody recuses nobody.
 */
@Component
class Recusal implements CaseWorkerVeto {

    static final String REFUSED = "complaint.recusal.refused";

    private final ComplaintStore store;
    private final StaffDirectory staff;

    Recusal(ComplaintStore store, StaffDirectory staff) {
        this.store = store;
        this.staff = staff;
    }

    @Override
    public Optional<String> refusal(long caseId, String username, Duty duty) {
        return recused(caseId).contains(username) ? Optional.of(REFUSED) : Optional.empty();
    }

    Set<String> recused(long caseId) {
        Optional<String> subject = store.subjectStaff(caseId).filter(s -> !s.isBlank());
        if (subject.isEmpty()) {
            return Set.of();
        }
        Set<String> recused = new HashSet<>(staff.managersOf(subject.get()));
        recused.add(subject.get());
        return recused;
    }
}
