package org.kefu.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kefu.platform.Actor;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The root cause (溯源) of a complaint in the actor's scope: one category and the analysis, audited. */
@Service
public class RootCauses {

    static final Set<String> CATEGORIES = Set.of("process", "system", "product_design", "staff_conduct", "disclosure",
            "third_party", "other");
    static final List<String> ORDER = List.of("process", "system", "product_design", "staff_conduct", "disclosure",
            "third_party", "other");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RootCauses(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public record RootCause(String caseNumber, String category, String analysis, String recordedBy,
                            java.time.Instant recordedAt, int version) {
    }

    /** The complaint's case id, when the complaint exists and is in the actor's scope; 404 otherwise. */
    long caseIdInScope(String number, Actor actor) {
        return jdbc.sql("select case_id from complaint_record r where case_number = ? and "
                        + actor.scope().sql("r.org_unit_id"))
                .params(number, actor.scope().sqlArgument()).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("complaint", number));
    }

    @Transactional
    public RootCause record(String number, String category, String analysis, Actor actor) {
        long caseId = caseIdInScope(number, actor);
        List<FieldViolation> errors = new ArrayList<>();
        if (category == null || !CATEGORIES.contains(category)) {
            errors.add(new FieldViolation("category", "invalid", "complaint-analysis.field.category"));
        }
        if (analysis == null || analysis.isBlank() || analysis.strip().length() > 4000) {
            errors.add(new FieldViolation("analysis", "invalid", "complaint-analysis.field.analysis"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("insert into complaint_root_cause (case_id, category, analysis, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?) on conflict (case_id) do update set category = excluded.category,"
                        + " analysis = excluded.analysis, recorded_by = excluded.recorded_by,"
                        + " recorded_at = excluded.recorded_at, version = complaint_root_cause.version + 1")
                .params(caseId, category, analysis.strip(), actor.id(), Timestamp.from(clock.instant())).update();
        events.publishEvent(new RootCauseRecorded(number, category));
        return find(number, actor).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<RootCause> find(String number, Actor actor) {
        long caseId = caseIdInScope(number, actor);
        return jdbc.sql("select category, analysis, recorded_by, recorded_at, version from complaint_root_cause"
                        + " where case_id = ?").param(caseId)
                .query((rs, i) -> new RootCause(number, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5))).optional();
    }
}
