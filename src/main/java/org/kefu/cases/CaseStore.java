package org.kefu.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.platform.DataScope;
import org.kefu.platform.FieldCipher;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case tables. The anonymous contact is encrypted here and nowhere else; every read takes the
 * caller's {@link DataScope}, so a case of another unit is simply not found.
 */
@Repository
class CaseStore {

    static final String CONTACT_NAME = "case.contact-name";
    static final String CONTACT_MOBILE = "case.contact-mobile";
    static final String CONTACT_EMAIL = "case.contact-email";

    private static final String SELECT = "select c.*, o.code as org_unit_code, hu.code as handover_unit_code,"
            + " m.number as merged_into_number from service_case c join org_unit o on o.id = c.org_unit_id"
            + " left join org_unit hu on hu.id = c.handover_to_unit_id"
            + " left join service_case m on m.id = c.merged_into_id where ";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final OrgUnits units;

    CaseStore(JdbcClient jdbc, FieldCipher cipher, OrgUnits units) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.units = units;
    }

    /**
     * A case as read, with what only the database knows. {@code links} (related cases) and
     * {@code duplicates} (cases merged into this one) are read for a single case only, null in lists.
     */
    record Stored(Case theCase, String unitCode, Instant updatedAt, String mergedInto, List<String> links,
                  List<String> duplicates) {

        Stored withRelations(List<String> links, List<String> duplicates) {
            return new Stored(theCase, unitCode, updatedAt, mergedInto, links, duplicates);
        }
    }

    /**
     * The next number of {@code day}: unique within the day, increasing, not gap-free. The day's row only
     * records where the shared sequence stood when the day began, so intakes do not queue on it
     * (decision 0016); only the first intake of a day writes it.
     */
    int nextOfDay(LocalDate day) {
        String next = "select nextval('case_number_seq') - first_value from case_number_day where day = ?";
        Optional<Long> number = jdbc.sql(next).param(day).query(Long.class).optional();
        if (number.isEmpty()) {
            // The first intake of the day takes number 1: the day starts just before the value it draws.
            // A concurrent first intake waits here for that commit, then does nothing (its drawn value is a gap).
            boolean first = jdbc.sql("insert into case_number_day (day, first_value)"
                    + " values (?, nextval('case_number_seq') - 1) on conflict (day) do nothing").param(day).update() == 1;
            number = first ? Optional.of(1L) : jdbc.sql(next).param(day).query(Long.class).optional();
        }
        return Math.toIntExact(number.orElseThrow());
    }

    /** Inserts a new case under {@code id} (claimed with its idempotency key) or, if null, a new id. */
    long insert(Case c, String createdBy, Long id) {
        CaseIntake in = c.intake();
        CaseIntake.Contact contact = in.contact();
        return jdbc.sql("insert into service_case (id, number, kind, channel, category_code, subject, description,"
                        + " priority, flags, customer_number, contact_name_enc, contact_mobile_enc, contact_email_enc,"
                        + " org_unit_id, owner, status, created_by, created_at, updated_at, assigned_at)"
                        + " values (coalesce(?, nextval(pg_get_serial_sequence('service_case', 'id'))),"
                        + " ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(id, c.number(), JsonNames.of(in.kind()), JsonNames.of(in.channel()), in.categoryCode(),
                        in.subject(), in.description(), c.priority().name(), flags(in.flags()), in.customerNumber(),
                        contact == null ? null : cipher.encrypt(CONTACT_NAME, contact.name()),
                        contact == null ? null : cipher.encrypt(CONTACT_MOBILE, contact.mobile()),
                        contact == null ? null : cipher.encrypt(CONTACT_EMAIL, contact.email()),
                        c.orgUnitId(), c.owner(), JsonNames.of(c.status()), createdBy,
                        Timestamp.from(c.createdAt()), Timestamp.from(c.createdAt()), ts(c.work().assignedAt()))
                .query(Long.class).single();
    }

    /** Writes the changed state if nobody changed the case since it was read; false if someone did. */
    boolean update(Case c, Instant now) {
        CasePlan plan = c.plan();
        CaseWork w = c.work();
        CaseWork.Handover h = w.handover();
        CaseWork.Review r = w.review();
        return jdbc.sql("update service_case set priority = ?, status = ?, plan_content = ?, plan_method = ?,"
                        + " plan_time = ?, plan_fee = ?, resolution = ?, archive_summary = ?, cancel_reason = ?,"
                        + " resolved_at = ?, first_response_at = ?, updated_at = ?, version = version + 1,"
                        + " owner = ?, org_unit_id = ?, handover_to_user = ?, handover_to_unit_id = ?,"
                        + " handover_reason = ?, handover_by = ?, handover_at = ?, assigned_at = ?, review_state = ?,"
                        + " review_requested_by = ?, reviewed_by = ?, review_comment = ?, merged_into_id = ?"
                        + " where id = ? and version = ?")
                .params(c.priority().name(), JsonNames.of(c.status()), plan == null ? null : plan.content(),
                        plan == null ? null : plan.method(), plan == null ? null : plan.time(),
                        plan == null ? null : plan.fee(), c.resolution(), c.archiveSummary(), c.cancelReason(),
                        ts(c.resolvedAt()), ts(c.firstResponseAt()), Timestamp.from(now),
                        c.owner(), c.orgUnitId(), h == null ? null : h.toUser(), h == null ? null : h.toUnitId(),
                        h == null ? null : h.reason(), h == null ? null : h.by(), h == null ? null : ts(h.at()),
                        ts(w.assignedAt()), r == null ? null : JsonNames.of(r.state()),
                        r == null ? null : r.requestedBy(), r == null ? null : r.reviewedBy(),
                        r == null ? null : r.comment(), w.mergedIntoId(), c.id(), c.version())
                .update() == 1;
    }

    /** The timeline: each event of the case becomes one entry. */
    void record(long caseId, List<Object> events, String actor, Instant now) {
        for (Object event : events) {
            if (event instanceof CaseOpened) {
                entry(caseId, now, actor, "opened", null, "accepted", null, false);
            } else if (event instanceof CaseStatusChanged changed) {
                entry(caseId, now, actor, changed.step(), JsonNames.of(changed.from()), JsonNames.of(changed.to()),
                        changed.reason(), false);
            } else if (event instanceof CaseReplied reply) {
                entry(caseId, now, actor, "reply", null, null, reply.text(), reply.visibleToCustomer());
            } else if (event instanceof CasePriorityChanged p) {
                entry(caseId, now, actor, "priority", p.from().name(), p.to().name(), p.reason(), false);
            } else if (event instanceof CaseHandoverProposed h) {
                entry(caseId, now, actor, "handover_proposed", h.from(), h.toUser() != null ? h.toUser()
                        : h.toUnit(), h.reason(), false);
            } else if (event instanceof CaseHandedOver h) {
                entry(caseId, now, actor, "handover_accepted", h.from(), h.to(), h.reason(), false);
            } else if (event instanceof CaseHandoverEnded h) {
                entry(caseId, now, actor, "handover_" + h.outcome(), null, null, h.reason(), false);
            } else if (event instanceof CaseAssigned a) {
                entry(caseId, now, actor, "assigned", a.from(), a.to(), a.reason() != null ? a.reason() : a.how(),
                        false);
            } else if (event instanceof CaseContactRecorded contact) {
                jdbc.sql("insert into case_contact (case_id, at, actor, channel, outcome, rating, note)"
                                + " values (?, ?, ?, ?, ?, ?, ?)")
                        .params(caseId, Timestamp.from(now), actor, contact.channel(), contact.outcome(),
                                contact.rating(), contact.note()).update();
                entry(caseId, now, actor, "contact", contact.channel(), contact.outcome(), contact.note(), false);
            } else if (event instanceof CaseReleased r) {
                entry(caseId, now, actor, "owner_recused", r.from(), null, r.reason(), false);
            } else if (event instanceof CaseLinked link) {
                entry(caseId, now, actor, "linked", null, null, link.other(), false);
            }
            // CaseResolved and CaseArchived repeat a status change that is already on the timeline, and so
            // does CaseMerged on the duplicate (the primary's entry is written by note()).
        }
    }

    /** A timeline entry about something that did not change this case's state (the primary of a merge). */
    void note(long caseId, String type, String text, String actor, Instant now) {
        entry(caseId, now, actor, type, null, null, text, false);
    }

    private void entry(long caseId, Instant at, String actor, String type, String from, String to, String text,
                       boolean visible) {
        jdbc.sql("insert into case_entry (case_id, at, actor, type, from_status, to_status, text, visible_to_customer)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, Timestamp.from(at), actor, type, from, to, text, visible).update();
    }

    /** All cases, whatever the scope: for the demo data, which is written only into an empty system. */
    long count() {
        return jdbc.sql("select count(*) from service_case").query(Long.class).single();
    }

    boolean categoryExists(String code) {
        return jdbc.sql("select count(*) from case_category where code = ?").param(code).query(Long.class).single() > 0;
    }

    Optional<Stored> find(String number, DataScope scope) {
        return jdbc.sql(SELECT + "c.number = ? and " + scope.sql("c.org_unit_id"))
                .params(number, scope.sqlArgument()).query(this::map).optional().map(c -> withDetails(c, scope));
    }

    /**
     * Locks the rows of two cases until the caller's transaction ends, the lower id first so that two
     * transactions locking the same pair (merging A into B and B into A) queue instead of deadlocking.
     */
    void lockPair(long one, long other) {
        for (long id : new long[] {Math.min(one, other), Math.max(one, other)}) {
            jdbc.sql("select id from service_case where id = ? for update").param(id).query(Long.class).optional();
        }
    }

    /**
     * A case outside the caller's scope that is being handed over to them or to their unit's queue; its
     * related cases are listed only as far as {@code scope} (the caller's) reaches.
     */
    Optional<Stored> findOffered(String number, String username, Long unitId, DataScope scope) {
        return jdbc.sql(SELECT + "c.number = ? and c.handover_by is not null"
                        + " and (c.handover_to_user = ? or c.handover_to_unit_id = ?)")
                .params(number, username, unitId).query(this::map).optional().map(c -> withDetails(c, scope));
    }

    /** Contacts, and the linked and merged cases the caller may see (the others are not named at all). */
    private Stored withDetails(Stored stored, DataScope scope) {
        Case c = stored.theCase();
        List<ContactAttempt.Made> contacts = jdbc.sql("select * from case_contact where case_id = ? order by id")
                .param(c.id()).query((rs, n) -> new ContactAttempt.Made(new ContactAttempt(
                        parse(ContactAttempt.Channel.class, rs.getString("channel")),
                        parse(ContactAttempt.Outcome.class, rs.getString("outcome")),
                        (Integer) rs.getObject("rating"), rs.getString("note")), instant(rs, "at"),
                        rs.getString("actor"))).list();
        c.work(new CaseWork(c.work().handover(), c.work().review(), contacts, c.work().mergedIntoId(),
                c.work().assignedAt()));
        List<String> links = jdbc.sql("select x.number from case_link l join service_case x"
                        + " on x.id = case when l.case_id = ? then l.other_id else l.case_id end"
                        + " where (l.case_id = ? or l.other_id = ?) and " + scope.sql("x.org_unit_id")
                        + " order by x.number")
                .params(c.id(), c.id(), c.id(), scope.sqlArgument()).query(String.class).list();
        List<String> duplicates = jdbc.sql("select number from service_case where merged_into_id = ? and "
                        + scope.sql("org_unit_id") + " order by number")
                .params(c.id(), scope.sqlArgument()).query(String.class).list();
        return stored.withRelations(links, duplicates);
    }

    /**
     * Filters of the case list; null means "any". The queue views add: {@code statuses} (any of),
     * {@code unitId} (exactly this unit, not its subtree), {@code unowned}, and {@code offeredTo} (a
     * pending hand-over to this user or to the queue of {@code offeredToUnit}).
     */
    record Criteria(CaseStatus status, CaseKind kind, Priority priority, CaseChannel channel, String unit,
                    String owner, String customer, Instant createdFrom, Instant createdTo, Set<CaseStatus> statuses,
                    Long unitId, Boolean unowned, String offeredTo, Long offeredToUnit) {

        Criteria(CaseStatus status, CaseKind kind, Priority priority, CaseChannel channel, String unit,
                 String owner, String customer, Instant createdFrom, Instant createdTo) {
            this(status, kind, priority, channel, unit, owner, customer, createdFrom, createdTo, null, null, null,
                    null, null);
        }

        static Criteria any() {
            return new Criteria(null, null, null, null, null, null, null, null, null);
        }

        Criteria withOwner(String username) {
            return new Criteria(status, kind, priority, channel, unit, username, customer, createdFrom, createdTo,
                    statuses, unitId, unowned, offeredTo, offeredToUnit);
        }

        Criteria withQueue(Set<CaseStatus> anyOf, Long inUnit, Boolean withoutOwner, String toUser, Long toUnit) {
            return new Criteria(status, kind, priority, channel, unit, owner, customer, createdFrom, createdTo,
                    anyOf, inUnit, withoutOwner, toUser, toUnit);
        }
    }

    static final Map<String, String> SORTABLE = Map.of("createdAt", "c.created_at", "number", "c.number",
            "priority", "c.priority", "updatedAt", "c.updated_at", "dueAt", CaseClocks.NEAREST_DUE);

    /** Lists report 10000+ rather than count further. */
    static final long COUNT_CAP = 10_000;

    PageResult<Stored> search(Criteria criteria, DataScope scope, PageQuery page) {
        StringBuilder where = new StringBuilder(scope.sql("c.org_unit_id"));
        List<Object> args = new ArrayList<>(List.of(scope.sqlArgument()));
        condition(where, args, "c.status = ?", JsonNames.of(criteria.status()));
        condition(where, args, "c.kind = ?", JsonNames.of(criteria.kind()));
        condition(where, args, "c.priority = ?", criteria.priority() == null ? null : criteria.priority().name());
        condition(where, args, "c.channel = ?", JsonNames.of(criteria.channel()));
        // The unit as its id, not a join on the code: the planner then knows how common that unit is
        // instead of guessing, and picks an ordered scan over a BitmapAnd of three indexes (decision 0016).
        condition(where, args, "c.org_unit_id = ?", criteria.unit() == null ? null
                : units.tree().byCode(criteria.unit()).map(OrgUnit::id).orElse(-1L));
        condition(where, args, "c.owner = ?", criteria.owner());
        condition(where, args, "c.customer_number = ?", criteria.customer());
        condition(where, args, "c.created_at >= ?", ts(criteria.createdFrom()));
        condition(where, args, "c.created_at < ?", ts(criteria.createdTo()));
        condition(where, args, "c.status = any(?::text[])", criteria.statuses() == null ? null
                : criteria.statuses().stream().map(JsonNames::of).sorted().toArray(String[]::new));
        condition(where, args, "c.org_unit_id = ?", criteria.unitId());
        if (Boolean.TRUE.equals(criteria.unowned())) {
            where.append(" and c.owner is null");
        }
        if (criteria.offeredTo() != null) {
            where.append(" and c.handover_by is not null and (c.handover_to_user = ? or c.handover_to_unit_id = ?)");
            args.add(criteria.offeredTo());
            args.add(criteria.offeredToUnit());
        }
        // Counting millions of matches would cost more than the page itself: count up to the cap (decision 0016).
        long counted = jdbc.sql("select count(*) from (select 1 from service_case c"
                + " where " + where + " limit " + PageResult.countLimit(COUNT_CAP) + ") m")
                .params(args).query(Long.class).single();
        List<Stored> items = jdbc.sql(SELECT + where + page.sqlTail(SORTABLE, "c.id desc")).params(args)
                .query(this::map).list();
        return PageResult.capped(items, page, counted, COUNT_CAP);
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            args.add(value);
        }
    }

    record Entry(Instant at, String actor, String type, String from, String to, String text,
                 boolean visibleToCustomer) {
    }

    List<Entry> timeline(long caseId) {
        return jdbc.sql("select * from case_entry where case_id = ? order by id").param(caseId)
                .query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("type"), rs.getString("from_status"), rs.getString("to_status"),
                        rs.getString("text"), rs.getBoolean("visible_to_customer")))
                .list();
    }

    List<Stored> ofCustomer(String customerNumber, DataScope scope, int limit) {
        return jdbc.sql(SELECT + "c.customer_number = ? and " + scope.sql("c.org_unit_id")
                        + " order by c.created_at desc, c.id desc limit " + limit)
                .params(customerNumber, scope.sqlArgument()).query(this::map).list();
    }

    private Stored map(ResultSet rs, int row) throws SQLException {
        CaseIntake.Contact contact = rs.getString("contact_name_enc") == null
                && rs.getString("contact_mobile_enc") == null && rs.getString("contact_email_enc") == null ? null
                : new CaseIntake.Contact(cipher.decrypt(CONTACT_NAME, rs.getString("contact_name_enc")),
                cipher.decrypt(CONTACT_MOBILE, rs.getString("contact_mobile_enc")),
                cipher.decrypt(CONTACT_EMAIL, rs.getString("contact_email_enc")));
        CaseIntake intake = new CaseIntake(parse(CaseKind.class, rs.getString("kind")),
                parse(CaseChannel.class, rs.getString("channel")), rs.getString("category_code"),
                rs.getString("subject"), rs.getString("description"), flags(rs.getArray("flags")),
                rs.getString("customer_number"), contact);
        CasePlan plan = rs.getString("plan_content") == null ? null : new CasePlan(rs.getString("plan_content"),
                rs.getString("plan_method"), rs.getString("plan_time"), rs.getBigDecimal("plan_fee"));
        Case c = new Case(rs.getLong("id"), rs.getString("number"), intake, rs.getLong("org_unit_id"),
                rs.getString("owner"), instant(rs, "created_at"), rs.getInt("version"),
                Priority.valueOf(rs.getString("priority")), parse(CaseStatus.class, rs.getString("status")), plan,
                rs.getString("resolution"), rs.getString("archive_summary"), rs.getString("cancel_reason"),
                instant(rs, "resolved_at"), instant(rs, "first_response_at"));
        c.work(work(rs));
        c.deadlines(CaseClocks.deadlines(rs));
        return new Stored(c, rs.getString("org_unit_code"), instant(rs, "updated_at"),
                rs.getString("merged_into_number"), null, null);
    }

    private static CaseWork work(ResultSet rs) throws SQLException {
        CaseWork.Handover handover = rs.getString("handover_by") == null ? null : new CaseWork.Handover(
                rs.getString("handover_to_user"), (Long) rs.getObject("handover_to_unit_id", Long.class),
                rs.getString("handover_unit_code"), rs.getString("handover_reason"), rs.getString("handover_by"),
                instant(rs, "handover_at"));
        CaseWork.Review review = rs.getString("review_state") == null ? null : new CaseWork.Review(
                parse(CaseWork.ReviewState.class, rs.getString("review_state")), rs.getString("review_requested_by"),
                rs.getString("reviewed_by"), rs.getString("review_comment"));
        return new CaseWork(handover, review, List.of(), (Long) rs.getObject("merged_into_id", Long.class),
                instant(rs, "assigned_at"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return JsonNames.parse(type, value).orElseThrow(() -> new IllegalStateException("Unknown " + value));
    }

    private static String flags(Set<CaseFlag> flags) {
        return "{" + String.join(",", flags.stream().map(JsonNames::of).sorted().toList()) + "}";
    }

    private static Set<CaseFlag> flags(Array array) throws SQLException {
        Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
        Arrays.stream((String[]) array.getArray()).forEach(f -> flags.add(parse(CaseFlag.class, f)));
        return flags;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
