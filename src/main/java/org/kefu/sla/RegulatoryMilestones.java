package org.kefu.sla;

import java.time.Instant;
import java.util.List;

import org.kefu.cases.CaseClocks;
import org.kefu.platform.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestones of a complaint's regulatory clock as they stand (extensions included), for other modules
 * that tell the customer the dates and the extensions, such as the complaint letters. Read-only; the caller has checked its
 * own permissions.
 */
@Service
public class RegulatoryMilestones {

    private final CaseClocks cases;
    private final RegulatoryClocks regulatory;
    private final RegulatoryClockStore store;

    RegulatoryMilestones(CaseClocks cases, RegulatoryClocks regulatory, RegulatoryClockStore store) {
        this.cases = cases;
        this.regulatory = regulatory;
        this.store = store;
    }

    /**
     * A milestone: {@code name} as in the presets ({@code reply}, {@code result}, {@code decision},
     * {@code response}, {@code final_response}, {@code summary_resolution}, {@code acknowledgement}).
     */
    public record Milestone(String name, Instant dueAt, boolean optional) {
    }

    /** An extension of the clock: {@code state} granted, pending, approved or rejected. */
    public record Extension(long id, long caseId, int days, String reason, String state) {
    }

    /** Empty for a case without a regulatory clock. */
    @Transactional(readOnly = true)
    public List<Milestone> of(long caseId) {
        return cases.facts(caseId, DataScope.all()).flatMap(f -> regulatory.of(caseId)
                        .map(c -> regulatory.milestones(c, f).stream()
                                .map(m -> new Milestone(m.name(), m.dueAt(), m.optional())).toList()))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Extension> extension(long id) {
        return store.extension(id).map(e -> new Extension(e.id(), e.caseId(), e.days(), e.reason(), e.state()));
    }
}
