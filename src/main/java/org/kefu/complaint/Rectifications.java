package org.kefu.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.kefu.identity.StaffDirectory;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification actions (整改措施) of a complaint: added with an owner and a due date, marked done, then
 * verified by someone other than the owner (four eyes). Every step is audited.
 */
@Service
public class Rectifications {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final RootCauses rootCauses;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rectifications(JdbcClient jdbc, RootCauses rootCauses, StaffDirectory staff, ApplicationEventPublisher events,
                   Clock clock) {
        this.jdbc = jdbc;
        this.rootCauses = rootCauses;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    public record Rectification(long id, String caseNumber, String action, String owner, LocalDate dueOn, String state,
                                Instant doneAt, String verifiedBy, Instant verifiedAt, int escalationLevel,
                                boolean overdue, int version) {
    }

    @Transactional
    public Rectification add(String number, String action, String owner, String dueOn, Actor actor) {
        long caseId = rootCauses.caseIdInScope(number, actor);
        List<FieldViolation> errors = new ArrayList<>();
        if (action == null || action.isBlank() || action.strip().length() > 2000) {
            errors.add(new FieldViolation("action", "invalid", "complaint-analysis.field.action"));
        }
        if (owner == null || staff.actorOf(owner.strip()).isEmpty()) {
            errors.add(new FieldViolation("owner", "not-found", "complaint-analysis.field.owner"));
        }
        LocalDate due = null;
        try {
            due = dueOn == null ? null : LocalDate.parse(dueOn.strip());
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (due == null || due.isBefore(LocalDate.now(clock.withZone(CHINA))) || due.getYear() > 2999) {
            errors.add(new FieldViolation("dueOn", "invalid", "complaint-analysis.field.due-on"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("insert into complaint_rectification (case_id, action, owner, due_on, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?) returning id")
                .params(caseId, action.strip(), owner.strip(), due, actor.id(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        events.publishEvent(new RectificationChanged(number, id, "added", 0, List.of(owner.strip())));
        return find(id, actor);
    }

    @Transactional
    public Rectification done(String number, long id, Actor actor) {
        Rectification r = inCase(number, id, actor);
        if (!r.state().equals("open")) {
            throw new ConflictException("complaint-analysis.rectification.not-open").with("state", r.state());
        }
        jdbc.sql("update complaint_rectification set state = 'done', done_at = ?, version = version + 1"
                + " where id = ? and state = 'open'").params(Timestamp.from(clock.instant()), id).update();
        events.publishEvent(new RectificationChanged(number, id, "done", r.escalationLevel(), List.of(actor.id())));
        return find(id, actor);
    }

    @Transactional
    public Rectification verify(String number, long id, Actor actor) {
        Rectification r = inCase(number, id, actor);
        if (r.owner().equals(actor.id())) {
            throw new AccessDeniedException("A rectification is verified by someone other than its owner");
        }
        if (!r.state().equals("done")) {
            throw new ConflictException("complaint-analysis.rectification.not-done").with("state", r.state());
        }
        jdbc.sql("update complaint_rectification set state = 'verified', verified_by = ?, verified_at = ?,"
                + " version = version + 1 where id = ? and state = 'done'")
                .params(actor.id(), Timestamp.from(clock.instant()), id).update();
        events.publishEvent(new RectificationChanged(number, id, "verified", r.escalationLevel(), List.of(actor.id())));
        return find(id, actor);
    }

    @Transactional(readOnly = true)
    public List<Rectification> of(String number, Actor actor) {
        long caseId = rootCauses.caseIdInScope(number, actor);
        return jdbc.sql(SELECT + " where x.case_id = ? order by x.id").params(today(), caseId)
                .query(Rectifications::map).list();
    }

    /** Open (and done, not yet verified) actions in the actor's scope, overdue first. */
    @Transactional(readOnly = true)
    public List<Rectification> pending(Actor actor, int limit) {
        return jdbc.sql(SELECT + " where x.state <> 'verified' and " + actor.scope().sql("r.org_unit_id")
                        + " order by x.state desc, x.due_on, x.id limit ?")
                .params(today(), actor.scope().sqlArgument(), limit).query(Rectifications::map).list();
    }

    private Rectification inCase(String number, long id, Actor actor) {
        Rectification r = find(id, actor);
        if (!r.caseNumber().equals(number)) {
            throw new NotFoundException("rectification", id);
        }
        return r;
    }

    private Rectification find(long id, Actor actor) {
        return jdbc.sql(SELECT + " where x.id = ? and " + actor.scope().sql("r.org_unit_id"))
                .params(today(), id, actor.scope().sqlArgument()).query(Rectifications::map).optional()
                .orElseThrow(() -> new NotFoundException("rectification", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private static final String SELECT = "select x.id, r.case_number, x.action, x.owner, x.due_on, x.state, x.done_at,"
            + " x.verified_by, x.verified_at, x.escalation_level, x.state = 'open' and x.due_on < ? overdue, x.version"
            + " from complaint_rectification x join complaint_record r on r.case_id = x.case_id";

    private static Rectification map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp done = rs.getTimestamp(7);
        Timestamp verified = rs.getTimestamp(9);
        return new Rectification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), done == null ? null : done.toInstant(),
                rs.getString(8), verified == null ? null : verified.toInstant(), rs.getInt(10), rs.getBoolean(11),
                rs.getInt(12));
    }
}
