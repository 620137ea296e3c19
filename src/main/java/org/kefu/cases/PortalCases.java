package org.kefu.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kefu.customer.CustomerDirectory;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.DataScope;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the customer portal may do with cases, and nothing more: open one from the web, find where a
 * one-time code may be sent, show the customer their case without internal notes, and add what the
 * customer writes. The portal has no staff actor and no data scope: it acts as the "portal" system
 * actor of the configured unit, and the portal itself decides (one-time code) who may see which case.
 */
@Service
public class PortalCases {

    /** The kinds a customer may choose; incident reports and praise are staff-side classifications. */
    public static final List<String> KINDS = List.of("consultation", "service_request", "complaint", "suggestion");
    static final String CUSTOMER_MESSAGE = "customer_message";
    private static final Set<CaseStatus> CLOSED = EnumSet.of(CaseStatus.ARCHIVED, CaseStatus.CANCELLED);

    private final Cases cases;
    private final CaseStore store;
    private final CustomerDirectory customers;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String unitCode;

    PortalCases(Cases cases, CaseStore store, CustomerDirectory customers, JdbcClient jdbc,
                ApplicationEventPublisher events, Clock clock, @Value("${kefu.portal.unit:HQ}") String unitCode) {
        this.cases = cases;
        this.store = store;
        this.customers = customers;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.unitCode = unitCode;
    }

    /** The portal cannot take cases: its unit ({@code kefu.portal.unit}) is not configured; nothing was written. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String reason) {
            super(reason);
        }
    }

    /** A request as the customer typed it (already checked by the portal; checked here again). */
    public record Submission(String kind, String category, String subject, String description, String contactName,
                             String mobile, String email) {
    }

    /** Where a one-time code for a case may go; either may be null, not both. */
    public record Contacts(String mobile, String email) {
    }

    /** A message the customer may read: a reply to them, or what they wrote themselves. */
    public record Message(Instant at, boolean fromCustomer, String text) {
    }

    /** The case as its customer sees it; {@code status} and {@code kind} are lower_snake_case names. */
    public record PublicView(String number, String status, String kind, String subject, Instant createdAt,
                             boolean open, List<Message> messages) {
    }

    /** A category for the form: top-level ones only, a customer does not know the sub-tree. */
    public record Category(String code, String nameZh, String nameEn) {
    }

    public List<Category> categories() {
        return jdbc.sql("select code, name_zh, name_en from case_category where parent is null order by position")
                .query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Opens the case from the web channel in the portal's unit; the customer is told it was accepted. */
    @Transactional
    public String submit(Submission s, String clientAddress) {
        CaseKind kind = KINDS.contains(s.kind()) ? JsonNames.parse(CaseKind.class, s.kind()).orElseThrow() : null;
        if (kind == null) {
            throw new InvalidInputException("kind", "invalid", "cases.field.kind");
        }
        if (s.category() != null && !store.categoryExists(s.category())) {
            throw new InvalidInputException("category", "invalid", "cases.field.category");
        }
        Long unitId = jdbc.sql("select id from org_unit where code = ?").param(unitCode).query(Long.class).optional()
                .orElseThrow(() -> new Unavailable("kefu.portal.unit " + unitCode + " does not exist"));
        Actor portal = new Actor(Actor.Type.SYSTEM, "portal", unitId, unitCode, clientAddress, Set.of(),
                DataScope.all());
        CaseIntake intake = new CaseIntake(kind, CaseChannel.WEB_BANKING, s.category(), s.subject(), s.description(),
                Set.of(), null, new CaseIntake.Contact(s.contactName(), s.mobile(), s.email()));
        return cases.open(intake, null, portal, null).stored().theCase().number();
    }

    /** The case's own contact, else its known customer's mobile and e-mail; empty for an unknown case. */
    @Transactional(readOnly = true)
    public Optional<Contacts> contactsOf(String number) {
        return store.find(number, DataScope.all()).map(CaseStore.Stored::theCase).flatMap(c -> {
            CaseIntake.Contact given = c.intake().contact();
            if (given != null && (given.mobile() != null || given.email() != null)) {
                return Optional.of(new Contacts(given.mobile(), given.email()));
            }
            return Optional.ofNullable(c.intake().customerNumber())
                    .flatMap(customer -> customers.byNumber(customer, DataScope.all()))
                    .filter(k -> k.mobile() != null || k.email() != null)
                    .map(k -> new Contacts(k.mobile(), k.email()));
        });
    }

    /** Only replies marked visible to the customer and the customer's own messages: never internal notes. */
    @Transactional(readOnly = true)
    public Optional<PublicView> publicView(String number) {
        return store.find(number, DataScope.all()).map(CaseStore.Stored::theCase).map(c -> new PublicView(
                c.number(), JsonNames.of(c.status()), JsonNames.of(c.intake().kind()), c.intake().subject(),
                c.createdAt(), !CLOSED.contains(c.status()),
                store.timeline(c.id()).stream().filter(CaseStore.Entry::visibleToCustomer)
                        .filter(e -> "reply".equals(e.type()) || CUSTOMER_MESSAGE.equals(e.type()))
                        .map(e -> new Message(e.at(), CUSTOMER_MESSAGE.equals(e.type()), e.text())).toList()));
    }

    /**
     * Adds the customer's text to the timeline, staff see it there; a closed case takes no more, and a case
     * waiting for the customer goes back to in progress.
     */
    @Transactional
    public void addInformation(String number, String text) {
        CaseStore.Stored stored = store.find(number, DataScope.all())
                .orElseThrow(() -> new NotFoundException("case", number));
        Case c = stored.theCase();
        if (CLOSED.contains(c.status())) {
            throw new ConflictException("portal.case-closed", number);
        }
        if (c.status() == CaseStatus.WAITING_FOR_CUSTOMER) {
            // The customer answered what the case waited for: it is worked on again, and its clocks run.
            cases.transition(number, c.version(), CaseAction.RESUME, null, new Actor(Actor.Type.SYSTEM, "customer",
                    c.orgUnitId(), stored.unitCode(), null, Set.of(), DataScope.all()));
        }
        jdbc.sql("insert into case_entry (case_id, at, actor, type, text, visible_to_customer)"
                        + " values (?, ?, 'customer', ?, ?, true)")
                .params(c.id(), Timestamp.from(clock.instant()), CUSTOMER_MESSAGE, text).update();
        events.publishEvent(new CaseCustomerWrote(number, text.length()));
    }
}
